//! Reads the TopoJSON inputs into `geo` shapes, in degrees.
//!
//! The `topojson` crate parses the files and decodes the quantized,
//! delta-encoded arcs (through its conversion to GeoJSON). One thing stays by
//! hand, `arc_users`: the crate keeps each geometry's arc references but not
//! which geometries share an arc (topojson-client's `mesh` filter in
//! JavaScript), and that is how the generator tells border from coast.

use std::collections::BTreeMap;
use std::path::Path;

use geo::{LineString, MultiPolygon};
use topojson::{to_geojson, Geometry, NamedGeometry, TopoJson, Topology, Value};

/// Reads a TopoJSON topology from a file.
pub fn read(path: &Path) -> Topology {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| {
        panic!(
            "{}: {e}. Run `npm ci` first (make map does), or set MAPGEN_NODE_MODULES.",
            path.display()
        )
    });
    parse(&text)
}

fn parse(text: &str) -> Topology {
    match text.parse::<TopoJson>().expect("TopoJSON") {
        TopoJson::Topology(topology) => topology,
        TopoJson::Geometry(_) => panic!("expected a Topology, found a bare geometry"),
    }
}

/// The geometries of a named object (a GeometryCollection).
pub fn members<'a>(topo: &'a Topology, name: &str) -> &'a [Geometry] {
    let object = topo.objects.iter().find(|o| o.name == name);
    match object.map(|o| &o.geometry.value) {
        Some(Value::GeometryCollection(members)) => members,
        _ => panic!("object {name} is not a GeometryCollection"),
    }
}

/// The polygons of member `id` of the object `name`.
pub fn polygons(topo: &Topology, name: &str, id: &str) -> MultiPolygon {
    let collection = to_geojson(topo, name).expect("object converts to GeoJSON");
    let feature = collection
        .features
        .into_iter()
        .find(|f| matches!(&f.id, Some(geojson::feature::Id::String(s)) if s == id))
        .unwrap_or_else(|| panic!("{name} has no member {id}"));
    match geo::Geometry::try_from(feature).expect("GeoJSON converts to geo") {
        geo::Geometry::Polygon(polygon) => MultiPolygon(vec![polygon]),
        geo::Geometry::MultiPolygon(polygons) => polygons,
        other => panic!("{id} is not polygonal: {other:?}"),
    }
}

/// Every arc as a line, in stored direction. The crate decodes arcs only as
/// parts of geometries, so each is asked for as a LineString of that arc
/// alone, which TopoJSON defines to be exactly the arc.
pub fn arcs(topo: &Topology) -> Vec<LineString> {
    let one_each = (0..topo.arcs.len())
        .map(|i| Geometry::new(Value::LineString(vec![i as i32])))
        .collect();
    let alone = Topology {
        bbox: None,
        objects: vec![NamedGeometry {
            name: "arcs".into(),
            geometry: Geometry::new(Value::GeometryCollection(one_each)),
        }],
        transform: topo.transform.clone(),
        arcs: topo.arcs.clone(),
        foreign_members: None,
    };
    to_geojson(&alone, "arcs")
        .expect("arcs convert to GeoJSON")
        .features
        .into_iter()
        .map(
            |feature| match geo::Geometry::try_from(feature).expect("arc") {
                geo::Geometry::LineString(line) => line,
                other => panic!("an arc decoded to {other:?}"),
            },
        )
        .collect()
}

/// For each arc, the sorted ids of the geometries that use it (members
/// without an id count as `#n`). An arc used twice by one geometry lies
/// inside it, so its id is listed twice.
pub fn arc_users(topo: &Topology, geometries: &[Geometry]) -> Vec<Vec<String>> {
    let mut uses: Vec<BTreeMap<String, usize>> = vec![BTreeMap::new(); topo.arcs.len()];
    for (n, g) in geometries.iter().enumerate() {
        let id = match g.id.as_ref().and_then(|v| v.as_str()) {
            Some(id) => id.to_owned(),
            None => format!("#{n}"),
        };
        let rings: Vec<&Vec<i32>> = match &g.value {
            Value::Polygon(rings) => rings.iter().collect(),
            Value::MultiPolygon(polygons) => polygons.iter().flatten().collect(),
            _ => Vec::new(),
        };
        for &reference in rings.into_iter().flatten() {
            // TopoJSON's arc reference: `i` forward, `!i` (= -i - 1) reversed.
            let index = if reference >= 0 {
                reference
            } else {
                !reference
            };
            *uses[index as usize].entry(id.clone()).or_default() += 1;
        }
    }
    uses.into_iter()
        .map(|users| {
            let twice = users.len() == 1 && users.values().sum::<usize>() > 1;
            let mut ids: Vec<String> = users.into_keys().collect();
            if twice {
                ids.push(ids[0].clone());
            }
            ids
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use geo::{coord, Area};

    // Two quantized squares, a and b, sharing the arc 1 along x = 10.5: pins
    // delta decoding with the transform, reversed arcs, and arc sharing.
    const SQUARES: &str = r#"{"type":"Topology",
        "transform":{"scale":[0.5,2],"translate":[10,20]},
        "objects":{"shapes":{"type":"GeometryCollection","geometries":[
          {"type":"Polygon","id":"a","arcs":[[0,1]]},
          {"type":"Polygon","id":"b","arcs":[[2,-2]]}]}},
        "arcs":[[[1,1],[-1,0],[0,-1],[1,0]],
                [[1,0],[0,1]],
                [[1,0],[1,0],[0,1],[-1,0]]]}"#;

    #[test]
    fn decodes_quantized_arcs() {
        let topo = parse(SQUARES);
        let arcs = arcs(&topo);
        assert_eq!(arcs.len(), 3);
        assert_eq!(
            arcs[1],
            LineString::from(vec![(10.5, 20.0), (10.5, 22.0)]),
            "deltas are summed, then scaled and translated"
        );
        assert_eq!(arcs[0].0[0], coord! { x: 10.5, y: 22.0 });
    }

    #[test]
    fn assembles_rings_from_arcs() {
        let topo = parse(SQUARES);
        let a = polygons(&topo, "shapes", "a");
        let b = polygons(&topo, "shapes", "b");
        assert!((a.unsigned_area() - 1.0).abs() < 1e-12, "0.5 wide, 2 high");
        assert!((b.unsigned_area() - 1.0).abs() < 1e-12);
        let ring = b.0[0].exterior();
        assert!(ring.is_closed());
        let n = ring.0.len();
        assert_eq!(
            (ring.0[n - 2], ring.0[n - 1]),
            (coord! { x: 10.5, y: 22.0 }, coord! { x: 10.5, y: 20.0 }),
            "b runs along arc 1 backwards"
        );
    }

    #[test]
    fn tells_shared_arcs_from_single_ones() {
        let topo = parse(SQUARES);
        let users = arc_users(&topo, members(&topo, "shapes"));
        assert_eq!(users[0], ["a"]);
        assert_eq!(users[1], ["a", "b"], "arc 1 is shared");
        assert_eq!(users[2], ["b"]);
    }
}
