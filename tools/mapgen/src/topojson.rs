//! Just enough TopoJSON: quantized, delta-encoded arcs and the polygon and
//! multipolygon geometries that index into them.

use std::collections::BTreeSet;
use std::path::Path;

use serde_json::Value;

/// A decoded topology: every arc as a list of (lon, lat) in degrees.
pub struct Topology {
    arcs: Vec<Vec<(f64, f64)>>,
    objects: Value,
}

/// One geometry of an object: its id and its polygons' rings of arc indices.
pub struct Geometry {
    pub id: Option<String>,
    /// Polygons, each a list of rings, each a list of arc references
    /// (negative `!i` means arc `i` reversed).
    pub polygons: Vec<Vec<Vec<i64>>>,
}

impl Topology {
    pub fn read(path: &Path) -> Topology {
        let text = std::fs::read_to_string(path).unwrap_or_else(|e| {
            panic!(
                "{}: {e}. Run `npm ci` first (make map does).",
                path.display()
            )
        });
        let json: Value = serde_json::from_str(&text).expect("TopoJSON");
        Topology::from_json(json)
    }

    pub fn from_json(json: Value) -> Topology {
        let (scale, translate) = match json.get("transform") {
            Some(t) => (pair(&t["scale"]), pair(&t["translate"])),
            None => ((1.0, 1.0), (0.0, 0.0)),
        };
        let quantized = json.get("transform").is_some();
        let arcs = json["arcs"]
            .as_array()
            .expect("arcs")
            .iter()
            .map(|arc| {
                let (mut x, mut y) = (0.0, 0.0);
                arc.as_array()
                    .expect("arc")
                    .iter()
                    .map(|p| {
                        let (dx, dy) = pair(p);
                        if quantized {
                            x += dx;
                            y += dy;
                        } else {
                            (x, y) = (dx, dy);
                        }
                        (x * scale.0 + translate.0, y * scale.1 + translate.1)
                    })
                    .collect()
            })
            .collect();
        Topology {
            arcs,
            objects: json["objects"].clone(),
        }
    }

    /// The geometries of a named object (a GeometryCollection).
    pub fn object(&self, name: &str) -> Vec<Geometry> {
        let collection = &self.objects[name];
        collection["geometries"]
            .as_array()
            .unwrap_or_else(|| panic!("object {name} has no geometries"))
            .iter()
            .map(|g| {
                let id = g.get("id").and_then(|v| v.as_str()).map(str::to_owned);
                let rings = |v: &Value| -> Vec<Vec<i64>> {
                    v.as_array()
                        .expect("rings")
                        .iter()
                        .map(|ring| {
                            ring.as_array()
                                .expect("ring")
                                .iter()
                                .map(|a| a.as_i64().expect("arc index"))
                                .collect()
                        })
                        .collect()
                };
                let polygons = match g["type"].as_str() {
                    Some("Polygon") => vec![rings(&g["arcs"])],
                    Some("MultiPolygon") => g["arcs"]
                        .as_array()
                        .expect("polygons")
                        .iter()
                        .map(rings)
                        .collect(),
                    _ => Vec::new(),
                };
                Geometry { id, polygons }
            })
            .collect()
    }

    /// Arc `index` as points, in stored direction.
    pub fn arc(&self, index: usize) -> &[(f64, f64)] {
        &self.arcs[index]
    }

    /// Every ring of a geometry as a closed list of points.
    pub fn rings(&self, geometry: &Geometry) -> Vec<Vec<(f64, f64)>> {
        geometry
            .polygons
            .iter()
            .flatten()
            .map(|ring| {
                let mut points: Vec<(f64, f64)> = Vec::new();
                for &reference in ring {
                    let (index, reversed) = decode(reference);
                    let mut arc = self.arcs[index].clone();
                    if reversed {
                        arc.reverse();
                    }
                    // Consecutive arcs share their joining point.
                    let skip = usize::from(!points.is_empty());
                    points.extend(arc.into_iter().skip(skip));
                }
                points
            })
            .collect()
    }

    /// For each arc, the sorted ids of the geometries that use it.
    pub fn arc_users(&self, geometries: &[Geometry]) -> Vec<Vec<String>> {
        let mut users: Vec<BTreeSet<String>> = vec![BTreeSet::new(); self.arcs.len()];
        for (n, g) in geometries.iter().enumerate() {
            let id = g.id.clone().unwrap_or_else(|| format!("#{n}"));
            for &reference in g.polygons.iter().flatten().flatten() {
                users[decode(reference).0].insert(id.clone());
            }
        }
        // An arc used twice by one geometry (rare) still counts as interior.
        let mut counts = vec![0usize; self.arcs.len()];
        for g in geometries {
            for &reference in g.polygons.iter().flatten().flatten() {
                counts[decode(reference).0] += 1;
            }
        }
        users
            .into_iter()
            .zip(counts)
            .map(|(set, count)| {
                let mut ids: Vec<String> = set.into_iter().collect();
                if ids.len() == 1 && count > 1 {
                    ids.push(ids[0].clone());
                }
                ids
            })
            .collect()
    }
}

/// TopoJSON's arc reference: `i` forward, `!i` (= -i - 1) reversed.
fn decode(reference: i64) -> (usize, bool) {
    if reference >= 0 {
        (reference as usize, false)
    } else {
        ((!reference) as usize, true)
    }
}

fn pair(v: &Value) -> (f64, f64) {
    (
        v[0].as_f64().expect("number"),
        v[1].as_f64().expect("number"),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    // Pins delta decoding, the transform, reversed arcs and shared joins on
    // the TopoJSON specification's own small example shape.
    #[test]
    fn decodes_quantized_arcs_and_rings() {
        let json: Value = serde_json::from_str(
            r#"{"type":"Topology","transform":{"scale":[0.5,2],"translate":[10,20]},
                "objects":{"shapes":{"type":"GeometryCollection","geometries":[
                  {"type":"Polygon","id":"a","arcs":[[0,1]]},
                  {"type":"Polygon","id":"b","arcs":[[-2,2]]}]}},
                "arcs":[[[0,0],[2,0]],[[2,0],[0,1],[-2,0]],[[0,1],[2,0],[0,-1]]]}"#,
        )
        .unwrap();
        let topo = Topology::from_json(json);
        assert_eq!(topo.arc(0), &[(10.0, 20.0), (11.0, 20.0)]);
        assert_eq!(topo.arc(1), &[(11.0, 20.0), (11.0, 22.0), (10.0, 22.0)]);
        let shapes = topo.object("shapes");
        let ring = &topo.rings(&shapes[0])[0];
        assert_eq!(ring.len(), 4, "the shared join is not repeated");
        let b = &topo.rings(&shapes[1])[0];
        assert_eq!(b[0], (10.0, 22.0), "arc 1 reversed starts at its end");
        let users = topo.arc_users(&shapes);
        assert_eq!(
            users[1],
            vec!["a".to_string(), "b".to_string()],
            "arc 1 is shared"
        );
        assert_eq!(users[0], vec!["a".to_string()]);
    }
}
