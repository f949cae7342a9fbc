#!/usr/bin/env python3
"""Writes the bad-input catalogue: small malformed files in this folder and catalogue.json.

Each case names its reader, its file(s) and the error it must give (a substring of the error's
description), or "ok" with what must be read. Cases too big to commit (a 10^6-part polygon, a
1 MiB line) have a "generator" that BadInputCatalogueTests runs instead of a file.
Run it again after changing a case: python3 Tests/Fixtures/bad/generate.py
"""
import json, os, struct

HERE = os.path.dirname(os.path.abspath(__file__))
cases = []

def write(name, data):
    path = os.path.join(HERE, name)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, 'wb') as f:
        f.write(data if isinstance(data, bytes) else data.encode('utf-8'))

def case(name, reader, files, expect, note, **extra):
    cases.append(dict(name=name, reader=reader, files=files, expect=expect, note=note, **extra))

# ---------------------------------------------------------------- shapefile building blocks
def square(x, y, size=1.0):
    return [(x, y), (x, y + size), (x + size, y + size), (x + size, y), (x, y)]

def polygon_content(rings, shape_type=5, parts=None, points=None, starts=None):
    pts = [p for r in rings for p in r]
    xs = [p[0] for p in pts] or [0]; ys = [p[1] for p in pts] or [0]
    if starts is None:
        starts, n = [], 0
        for r in rings: starts.append(n); n += len(r)
    body = struct.pack('<i4d2i', shape_type, min(xs), min(ys), max(xs), max(ys),
                       len(rings) if parts is None else parts, len(pts) if points is None else points)
    body += b''.join(struct.pack('<i', s) for s in starts)
    body += b''.join(struct.pack('<2d', *p) for p in pts)
    return body

def shapefile(contents, shape_type=5, declared=None, version=1000, code=9994):
    records, index, offset = b'', b'', 100
    for number, content in enumerate(contents, 1):
        records += struct.pack('>2i', number, len(content) // 2) + content
        index += struct.pack('>2i', offset // 2, len(content) // 2)
        offset += 8 + len(content)
    def header(length):
        return (struct.pack('>i', code) + b'\0' * 20 + struct.pack('>i', length // 2)
                + struct.pack('<2i', version, shape_type) + struct.pack('<4d', 106, -7, 108, -5) + b'\0' * 32)
    shp = header(declared if declared is not None else 100 + len(records)) + records
    shx = header(100 + len(index)) + index
    return shp, shx

def dbf(fields, rows, version=3, header_length=None, record_length=None, count=None, ldid=0x57, terminator=True):
    """fields: [(name, type, length, decimals)], rows: [[bytes values]]"""
    rec_len = 1 + sum(f[2] for f in fields)
    hdr_len = 32 + 32 * len(fields) + (1 if terminator else 0)
    out = struct.pack('<B3BIHH', version, 125, 1, 1, len(rows) if count is None else count,
                      hdr_len if header_length is None else header_length,
                      rec_len if record_length is None else record_length)
    out += b'\0' * 17 + bytes([ldid]) + b'\0\0'
    for name, ftype, length, decimals in fields:
        out += name.encode().ljust(11, b'\0') + ftype.encode() + b'\0' * 4 + bytes([length, decimals]) + b'\0' * 14
    if terminator: out += b'\r'
    for row in rows:
        out += b' ' + b''.join(v.ljust(f[2], b' ')[:f[2]] for v, f in zip(row, fields))
    return out + b'\x1a'

FIELDS = [('CODE', 'C', 10, 0), ('NAME', 'C', 40, 0), ('VAL', 'N', 10, 2)]
ROWS = [[b'32.01', b'Kabupaten Bogor', b'401.86'], [b'32.02', b'Kabupaten Sukabumi', b'180.50']]
GOOD_DBF = dbf(FIELDS, ROWS)
TWO = [polygon_content([square(106, -7)]), polygon_content([square(107, -6)])]
GOOD_SHP, GOOD_SHX = shapefile(TWO)

def shp_case(name, expect, note, shp=None, shx=GOOD_SHX, dbf_bytes=GOOD_DBF, prj=None, **extra):
    shp = GOOD_SHP if shp is None else shp
    files = []
    for ext, data in (('shp', shp), ('shx', shx), ('dbf', dbf_bytes), ('prj', prj)):
        if data is None: continue
        write(f'shapefile/{name}.{ext}', data); files.append(f'shapefile/{name}.{ext}')
    case(name, 'shapefile', files, expect, note, **extra)

size = len(GOOD_SHP)
first_len = 8 + len(TWO[0])
# Truncations of the .shp at every structural boundary (with the .shx, the index finds them).
shp_case('shp-empty', 'file is empty (0 bytes)', '.shp of 0 bytes', shp=b'')
shp_case('shp-cut-in-header', 'too short for a shapefile: 60 bytes, the header alone takes 100', '.shp cut inside the 100-byte header', shp=GOOD_SHP[:60])
shp_case('shp-header-only', f'truncated: the header says {size} bytes but the file has 100', '.shp cut after its header, before record 1', shp=GOOD_SHP[:100])
shp_case('shp-cut-in-record-header', f'record 1: truncated: the header says {size} bytes but the file has 104', '.shp cut inside the 8-byte record header', shp=GOOD_SHP[:104])
shp_case('shp-cut-after-record-header', f'record 1: truncated: the header says {size} bytes but the file has 108', '.shp cut after the record header, before the shape type', shp=GOOD_SHP[:108])
shp_case('shp-cut-in-bbox', f'record 1: truncated: the header says {size} bytes but the file has 130', '.shp cut inside the record bounding box', shp=GOOD_SHP[:130])
shp_case('shp-cut-in-parts', f'record 1: truncated: the header says {size} bytes but the file has 154', '.shp cut inside the parts array', shp=GOOD_SHP[:154])
shp_case('shp-cut-in-points', f'record 1: truncated: the header says {size} bytes but the file has 170', '.shp cut inside the points', shp=GOOD_SHP[:170])
shp_case('shp-cut-in-second-record', f'record 2: truncated: the header says {size} bytes but the file has {size - 1}', 'last byte of record 2 missing', shp=GOOD_SHP[:-1])
shp_case('shp-cut-no-shx', f'record 2: truncated: the header says {size} bytes but the file has {size - 20}; content length', '.shp cut in record 2 and no .shx: the scan finds it', shp=GOOD_SHP[:-20], shx=None)
# Lying headers
bad = bytearray(GOOD_SHP); bad[0:4] = struct.pack('>i', 1234)
shp_case('shp-bad-file-code', 'not a shapefile: file code is 1234, 9994 expected', 'file code is not 9994', shp=bytes(bad))
bad = bytearray(GOOD_SHP); bad[28:32] = struct.pack('<i', 999)
shp_case('shp-bad-version', 'unsupported shapefile version 999, 1000 expected', 'version is not 1000', shp=bytes(bad))
bad = bytearray(GOOD_SHP); bad[32:36] = struct.pack('<i', 7)
shp_case('shp-unknown-shape-type', 'unknown shape type 7 in the header', 'header shape type 7 does not exist', shp=bytes(bad))
bad = bytearray(GOOD_SHP); bad[32:36] = struct.pack('<i', 3)
shp_case('shp-polyline-file', 'line shapefile (PolyLine): only Polygon, Point and MultiPoint shapefiles are read', 'a line layer given as boundaries', shp=bytes(bad))
bad = bytearray(GOOD_SHP); bad[24:28] = struct.pack('>i', 0x7fffffff)
shp_case('shp-header-length-lies-long', 'record 3: truncated: the header says 4294967294 bytes but the file has 372; the file ends after record 2', 'header file length far beyond the file, no .shx', shp=bytes(bad), shx=None)
# Lying .shx
bad = bytearray(GOOD_SHX); bad[104:108] = struct.pack('>i', 100000)
shp_case('shx-record-length-lies', 'record 1: index gives record length 200000 bytes at offset 100, past the end of the .shp', '.shx record length larger than the .shp', shx=bytes(bad))
bad = bytearray(GOOD_SHX); bad[108:112] = struct.pack('>i', 50000)
shp_case('shx-offset-outside', 'record 2: index gives offset 100000 bytes, outside the .shp', '.shx offset past the end of the .shp', shx=bytes(bad))
bad = bytearray(GOOD_SHX); bad[100:104] = struct.pack('>i', 0)
shp_case('shx-offset-into-header', 'record 1: index gives offset 0 bytes, outside the .shp', '.shx offset pointing into the 100-byte header', shx=bytes(bad))
shp_case('shx-cut-in-header', 'too short for a shapefile: 50 bytes, the header alone takes 100', '.shx cut inside its header', shx=GOOD_SHX[:50])
shp_case('shx-cut-in-entry', 'record count differs', '.shx with one whole entry and half of the next', shx=GOOD_SHX[:112])
# Lying record contents
def one(content, **kw):
    return shapefile([content, TWO[1]], **kw)
s, x = one(polygon_content([square(106, -7)], parts=1000))
shp_case('record-parts-lie', 'record 1: 1000 parts and 5 points do not fit in the record\'s content length of 128 bytes', 'part count larger than the record', shp=s, shx=x)
s, x = one(polygon_content([square(106, -7)], points=5000))
shp_case('record-points-lie', 'record 1: 1 parts and 5000 points do not fit', 'point count larger than the record', shp=s, shx=x)
s, x = one(polygon_content([square(106, -7)], parts=-1))
shp_case('record-negative-parts', 'record 1: negative part or point count (-1 parts, 5 points)', 'negative part count', shp=s, shx=x)
s, x = one(polygon_content([square(106, -7), square(106.2, -6.8, 0.1)], starts=[0, 99]))
shp_case('record-part-start-outside', 'record 1: part 2 starts at point 99, outside 0…10 or before the previous part', 'part index past the points', shp=s, shx=x)
s, x = one(struct.pack('<i', 5))
shp_case('record-too-short-for-polygon', 'record 1: record content length 4 bytes is too short for a Polygon header', 'record of a shape type and nothing else', shp=s, shx=x)
s, x = one(struct.pack('<i', 99) + b'\0' * 40)
shp_case('record-unknown-shape-type', 'record 1: unknown shape type 99', 'record shape type 99', shp=s, shx=x)
s, x = one(polygon_content([square(106, -7)], shape_type=3))
shp_case('record-polyline-in-polygon-file', 'record 1: PolyLine shapes are not supported: boundaries must be polygons', 'a line record in a polygon file', shp=s, shx=x)
s, x = one(polygon_content([[(106, -7), (float('nan'), -6), (107, -6), (106, -7)]]))
shp_case('coordinate-nan', 'record 1: point 2 has a coordinate that is not a finite number (nan)', 'NaN in a ring', shp=s, shx=x)
s, x = one(polygon_content([[(106, -7), (106, float('inf')), (107, -6), (106, -7)]]))
shp_case('coordinate-infinity', 'record 1: point 2 has a coordinate that is not a finite number (inf)', 'infinity in a ring', shp=s, shx=x)
s, x = one(polygon_content([square(1e300, 1e300, 1e299)]))
shp_case('coordinate-huge-no-prj', 'ok', '1e300 coordinates with no .prj: read with the CRS unknown (work that needs lon/lat asks for --crs)', shp=s, shx=x,
         warning='are not longitude/latitude: the coordinate reference system is unknown')
s, x = one(polygon_content([[(106, -7), (106, -6), (106, -7)]]))
shp_case('ring-too-few-points', 'ok', 'a ring of 3 points (2 distinct) is dropped, leaving a null shape', shp=s, shx=x,
         repair='ring 1 has 3 points: dropped', features=2, nullGeometries=1)
s, x = one(polygon_content([[(106, -7), (106, -6), (107, -6), (107, -7)]]))
shp_case('ring-unclosed', 'ok', 'an open ring is closed', shp=s, shx=x, repair='ring 1 was open: closed', features=2, nullGeometries=0)
shp_case('prj-garbage', 'ok', 'a .prj that is not a CRS: read with the CRS unknown and a warning', prj=b'this is not WKT',
         warning='cannot use the coordinate reference system of the .prj')
WGS84_PRJ = b'GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]]'
LAT95_SHP, LAT95_SHX = shapefile([polygon_content([square(106, 95)]), polygon_content([square(107, -6)])])
shp_case('shp-latitude-95', 'ok', 'a WGS 84 .prj over latitude 95: the CRS is made unknown (maps and areas stop naming --crs), not a trap',
         shp=LAT95_SHP, shx=LAT95_SHX, prj=WGS84_PRJ, warning='lie outside')
HUGE_SHP, HUGE_SHX = shapefile([polygon_content([square(1e308, 1e307, 1e307)]), polygon_content([square(107, -6)])])
shp_case('shp-coordinates-1e308', 'ok', 'a WGS 84 .prj over coordinates of 1e308: the CRS unknown, no NaN later', shp=HUGE_SHP, shx=HUGE_SHX, prj=WGS84_PRJ, warning='lie outside')
shp_case('prj-empty', 'file is empty (0 bytes)', 'a .prj of 0 bytes', prj=b'')
case('polygon-million-parts', 'shapefile', [], 'record 1: 1000000 parts, more than the limit of 100000 parts per polygon',
     'a real polygon of 10^6 squares (68 MB), generated by the test', generator='million-part-polygon')

# ---------------------------------------------------------------- .dbf
# Indexes that would take memory out of proportion to the file: refused before allocating.
def shx_with(entries):
    body = b''.join(struct.pack('>ii', 50, 10) for _ in range(entries))
    header = bytearray(GOOD_SHX[:100]); header[24:28] = struct.pack('>i', (100 + len(body)) // 2)
    return bytes(header) + body
shp_case('shx-lists-too-many', 'index lists 100000 records, but the .shp', 'an .shx of 100,000 entries beside a 2-record .shp', shx=shx_with(100000))
shp_case('shp-zero-length-records', 'a record holds at least its 4-byte shape type', 'no .shx, and a .shp of zero-length records (each would be an index entry)',
         shp=GOOD_SHP[:100] + b'\0\0\0\1\0\0\0\0' * 64, shx=None)

# Field names a reader cannot choose between, and memo fields: errors naming the field when chosen.
shp_case('dbf-duplicate-field', '2 fields answer to this name (fields 2, 3: NAME, NAME)', 'two fields named NAME: choosing NAME is refused, not the first taken',
         dbf_bytes=dbf([('CODE', 'C', 10, 0), ('NAME', 'C', 40, 0), ('NAME', 'C', 10, 0)], [[b'32.01', b'Bogor', b'x'], [b'32.02', b'Sukabumi', b'y']]), field='NAME')
shp_case('dbf-duplicate-field-case', '2 fields answer to this name (fields 1, 2: code, CODE)', 'fields code and CODE, chosen as Code: ambiguous',
         dbf_bytes=dbf([('code', 'C', 10, 0), ('CODE', 'C', 10, 0)], [[b'32.01', b'3201'], [b'32.02', b'3202']]), field='Code')
shp_case('dbf-memo-field', 'a memo field (type M)', 'a memo field chosen as the name: its values are .dbt block numbers',
         dbf_bytes=dbf([('CODE', 'C', 10, 0), ('NOTES', 'M', 10, 0)], [[b'32.01', b'         1'], [b'32.02', b'         2']]), field='NOTES')
shp_case('dbf-duplicate-unchosen', 'ok', 'two fields named NOTE, neither chosen: the layer reads, the other fields are usable',
         dbf_bytes=dbf([('CODE', 'C', 10, 0), ('NOTE', 'C', 4, 0), ('NOTE', 'C', 4, 0)], [[b'32.01', b'a', b'b'], [b'32.02', b'c', b'd']]), field='CODE', value='32.01')
shp_case('dbf-missing', 'ok', 'no .dbf: records numbered from 0 in FID, as GDAL does', dbf_bytes=None, warning='no .dbf', field='FID', value='0')
shp_case('dbf-empty', 'file is empty (0 bytes)', '.dbf of 0 bytes', dbf_bytes=b'')
shp_case('dbf-cut-in-header', 'too short for a dBASE table: 20 bytes', '.dbf cut inside its 32-byte header', dbf_bytes=GOOD_DBF[:20])
shp_case('dbf-cut-in-descriptors', 'header length 129 bytes is impossible for a file of 80 bytes', '.dbf cut inside the field descriptors', dbf_bytes=GOOD_DBF[:80])
shp_case('dbf-cut-in-records', 'truncated: the header counts 2 records but the file holds only 1', '.dbf cut inside record 2', dbf_bytes=GOOD_DBF[:129 + 61 + 30])
shp_case('dbf-bad-version', 'not a dBASE table: version byte 0x0', 'version byte 0', dbf_bytes=b'\0' + GOOD_DBF[1:])
shp_case('dbf-header-length-short', 'header length 97 bytes does not match the field descriptors (no 0x0D terminator after 2 fields)', 'header length 32 bytes too short: would shift every record', dbf_bytes=dbf(FIELDS, ROWS, header_length=97))
shp_case('dbf-header-length-tiny', 'header length 10 bytes is impossible', 'header length below 33', dbf_bytes=dbf(FIELDS, ROWS, header_length=10))
shp_case('dbf-header-length-long', 'truncated: the header counts 2 records but the file holds only 1', 'header length 40 bytes too long', dbf_bytes=dbf(FIELDS, ROWS, header_length=169))
shp_case('dbf-record-length-lies-short', 'field "NAME": field reaches byte 51 of a 40-byte record', 'record length shorter than its fields', dbf_bytes=dbf(FIELDS, ROWS, record_length=40))
shp_case('dbf-record-length-zero', 'record length 0 bytes is impossible', 'record length 0', dbf_bytes=dbf(FIELDS, ROWS, record_length=0))
shp_case('dbf-record-count-lies', 'truncated: the header counts 1000000 records but the file holds only 2', 'record count far beyond the file', dbf_bytes=dbf(FIELDS, ROWS, count=1000000))
shp_case('dbf-fewer-records-than-shp', 'record count differs', '.dbf with 1 record for 2 shapes', dbf_bytes=dbf(FIELDS, ROWS[:1]))
shp_case('dbf-invalid-utf8-name', 'ok', 'a name in Latin-1 with no .cpg or LDID: read as Windows-1252 with a warning',
         dbf_bytes=dbf(FIELDS, [[b'32.01', b'Kabupaten Bogor \xe9\xff', b'1'], ROWS[1]], ldid=0),
         warning='were not valid UTF-8 and were read as Windows-1252', field='NAME', value='Kabupaten Bogor éÿ')
shp_case('dbf-formula-name', 'ok', 'a name that is a spreadsheet formula is read verbatim (outputs escape it)',
         dbf_bytes=dbf(FIELDS, [[b'32.01', b'=1+1', b'1'], ROWS[1]]), field='NAME', value='=1+1')
shp_case('dbf-code-leading-zeros', 'ok', 'a text code keeps its leading zeros and inner spaces (trailing padding is dropped)',
         dbf_bytes=dbf(FIELDS, [[b'0032 01', b'A', b'1'], ROWS[1]]), field='CODE', value='0032 01')
shp_case('dbf-numeric-code-leading-zeros', 'ok', 'a numeric (N) code is a number: its leading zeros are not kept',
         dbf_bytes=dbf([('CODE', 'N', 6, 0), ('NAME', 'C', 10, 0)], [[b'  0032', b'A'], [b'  0033', b'B']]), field='CODE', value='32')

# ---------------------------------------------------------------- GeoJSON
def gj(name, text, expect, note, **extra):
    write(f'geojson/{name}.geojson', text); case(name, 'geojson', [f'geojson/{name}.geojson'], expect, note, **extra)
def fc(geometry, properties='{"code": "32.01"}'):
    return '{"type": "FeatureCollection", "features": [{"type": "Feature", "properties": %s, "geometry": %s}]}' % (properties, geometry)
gj('geojson-empty', '', 'the file is empty', 'a GeoJSON file of 0 bytes')
gj('geojson-not-json', '{"type": "FeatureCollection", "features": [', 'not valid JSON', 'JSON cut short')
gj('geojson-top-level-array', '[1, 2, 3]', 'not GeoJSON: the top level is not an object with a "type"', 'an array at the top level')
gj('geojson-no-features', '{"type": "FeatureCollection"}', 'FeatureCollection without a "features" array', 'no features member')
gj('geojson-feature-not-object', '{"type": "FeatureCollection", "features": [42]}', 'record 1: not a Feature object', 'a number where a feature should be')
gj('geojson-linestring', fc('{"type": "LineString", "coordinates": [[0, 0], [1, 1]]}'), 'LineString geometry; boundaries must be Polygon or MultiPolygon', 'a line feature')
gj('geojson-position-not-pair', fc('{"type": "Polygon", "coordinates": [[[0, 0], [1], [1, 1], [0, 0]]]}'), 'a position is not [x, y]', 'a position with one number')
gj('geojson-huge-coordinate', fc('{"type": "Polygon", "coordinates": [[[0, 0], [1e400, 0], [1, 1], [0, 0]]]}'), 'not valid JSON', 'a number beyond double range')
gj('geojson-ring-too-few-points', fc('{"type": "Polygon", "coordinates": [[[0, 0], [1, 1], [0, 0]]]}'), 'ok', 'a shell of 3 positions is dropped: a null geometry', features=1, nullGeometries=1)
gj('geojson-ring-unclosed', fc('{"type": "Polygon", "coordinates": [[[0, 0], [0, 1], [1, 1], [1, 0]]]}'), 'ok', 'an open ring is closed', features=1, nullGeometries=0, repair='ring 1 was open: closed')
write('geojson/geojson-invalid-utf8.geojson', b'{"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {"name": "Bogor \xff"}, "geometry": null}]}')
case('geojson-invalid-utf8', 'geojson', ['geojson/geojson-invalid-utf8.geojson'], 'not valid JSON', 'a name with a byte that is not UTF-8')
gj('geojson-bom', '\ufeff' + fc('{"type": "Point", "coordinates": [106.8, -6.2]}'), 'ok', 'a UTF-8 byte-order mark before the JSON', features=1, nullGeometries=0)
gj('geojson-formula-name', fc('null', '{"code": "32.01", "name": "=HYPERLINK(\\"http://x\\",\\"y\\")"}'), 'ok', 'a formula name is read verbatim (outputs escape it)', field='name', value='=HYPERLINK("http://x","y")', features=1)
gj('geojson-unknown-crs', '{"type": "FeatureCollection", "crs": {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::999999"}}, "features": []}', 'ok', 'a crs member PROJ does not know: the CRS is unknown, with a warning',
   warning='cannot use the coordinate reference system of the GeoJSON crs member')
UTM_SQUARE = '{"type": "Polygon", "coordinates": [[[700000, 9200000], [710000, 9200000], [710000, 9210000], [700000, 9210000], [700000, 9200000]]]}'
gj('geojson-projected-no-crs', fc(UTM_SQUARE), 'ok', 'UTM metres with no crs member: not read as degrees, the CRS is unknown (areas stop naming --crs)',
   warning='are not longitude/latitude', features=1)
gj('geojson-projected-link-crs', fc(UTM_SQUARE).replace('{"type": "FeatureCollection",', '{"type": "FeatureCollection", "crs": {"type": "link", "properties": {"href": "http://spatialreference.org/ref/epsg/32748/proj4/", "type": "proj4"}},'),
   'ok', 'an old-style link crs, projected coordinates: the link is not followed, the CRS is unknown', warning='a crs member of type link that names no system', features=1)
gj('geojson-projected-crs84', fc(UTM_SQUARE).replace('{"type": "FeatureCollection",', '{"type": "FeatureCollection", "crs": {"type": "name", "properties": {"name": "urn:ogc:def:crs:OGC:1.3:CRS84"}},'),
   'ok', 'a CRS84 crs member over metres: the coordinates contradict it, the CRS is unknown', warning='are not longitude/latitude', features=1)
gj('geojson-latitude-95', fc('{"type": "Polygon", "coordinates": [[[106, 90], [107, 90], [107, 95], [106, 95], [106, 90]]]}'), 'ok',
   'latitude 95 in GeoJSON: not longitude/latitude, the CRS unknown', warning='are not longitude/latitude', features=1)
case('geojson-deep-nesting', 'geojson', [], 'not valid JSON', 'arrays nested 100,000 deep (generated by the test): no stack overflow', generator='deeply-nested-json')

# ---------------------------------------------------------------- CSV (indicator tables)
def csv(name, data, expect, note, **extra):
    write(f'csv/{name}.csv', data); case(name, 'csv', [f'csv/{name}.csv'], expect, note, **extra)
csv('csv-empty', b'', 'no header line (the file is empty)', 'a CSV of 0 bytes')
write('csv/csv-utf16.csv', b'\xff\xfe' + 'code,value\n32.01,5\n'.encode('utf-16-le'))
case('csv-utf16', 'csv', ['csv/csv-utf16.csv'], 'ok', 'a UTF-16 file (Excel "Unicode text"), read by its byte-order mark', header=['code', 'value'], row=['32.01', '5'])
csv('csv-invalid-utf8', b'code,name\n32.01,Bogor \xe9\n', ':2: invalid UTF-8 (byte offset 22)', 'a Latin-1 name in a UTF-8 file')
csv('csv-duplicate-header', b'code,value,code\n32.01,5,32.01\n', "duplicate column name 'code' (columns 1, 3)", 'two columns called code')
csv('csv-duplicate-header-after-trim', b'code, value ,value\n32.01,5,6\n', "duplicate column name 'value' (columns 2, 3)", 'names equal once trimmed')
csv('csv-mixed-delimiters', b'code,value\n32.01;5\n32.02,6\n', ':2: expected 2 fields as in the header, found 1', 'a semicolon row in a comma file')
csv('csv-bom', b'\xef\xbb\xbfcode,value\n32.01,5\n', 'ok', 'a UTF-8 byte-order mark: the first column is still "code"', header=['code', 'value'], row=['32.01', '5'])
csv('csv-unterminated-quote', b'code,name\n32.01,"Bogor\n32.02,Sukabumi\n', ':2: column 2: quoted field is never closed', 'a quote that never closes')
csv('csv-text-after-quote', b'code,name\n32.01,"Bogor"x\n', ':2: column 2: unexpected character after closing quote', 'text after a closing quote')
csv('csv-formula-name', b'code,name,value\n32.01,=1+1,5\n32.02,"=HYPERLINK(""http://x"",""y"")",6\n', 'ok', 'formulas are read verbatim (outputs escape them)', header=['code', 'name', 'value'], row=['32.01', '=1+1', '5'])
csv('csv-code-spaces-leading-zeros', b'code,value\n 0032.01 ,5\n', 'ok', 'a code with spaces and leading zeros is read as written (the join trims it; zeros stay)', header=['code', 'value'], row=[' 0032.01 ', '5'])
csv('csv-utf16le-no-bom', 'code,value\n32.01,5\n'.encode('utf-16-le'), 'ok', 'UTF-16 little endian without its byte-order mark: recognised by its zero bytes', header=['code', 'value'], row=['32.01', '5'])
csv('csv-utf16be-no-bom', 'code,value\n32.01,5\n'.encode('utf-16-be'), 'ok', 'UTF-16 big endian without its byte-order mark', header=['code', 'value'], row=['32.01', '5'])
csv('csv-nul-bytes', b'code,value\n32.01,5\x00\n', ':2: a NUL byte (byte offset 18): this is not a text table', 'a NUL byte in a UTF-8 file: said, not "no column X"')
csv('csv-binary', bytes(range(256)) * 4, ': a NUL byte', 'binary bytes named .csv')
csv('csv-crlf-line-numbers', b'code,value\r\n32.01,5\r\n32.02,6\r\n32.03,x,9\r\n', ':4: expected 2 fields as in the header, found 3', 'CRLF line ends: line 4 is reported as 4, not 7')
case('csv-long-record', 'csv', [], ':2: record is longer than the limit of 1 MiB', 'a 2 MiB field (generated by the test)', generator='long-csv-record')
case('csv-many-columns', 'csv', [], ':1: 10001 columns in the header, more than the limit of 10000', 'a header of 10,001 columns (generated by the test)', generator='many-csv-columns')

# ---------------------------------------------------------------- points CSV
def pts(name, data, expect, note, **extra):
    write(f'points/{name}.csv', data); case(name, 'points', [f'points/{name}.csv'], expect, note, **extra)
pts('points-unclosed-quote', b'id,lon,lat\n1,106.8,-6.2\n"2,107,-7\n3,108,-8\n', 'record 3: a quoted field is not closed before the end of the line', 'a quote that never closes (read past the buffer before)')
pts('points-no-lat', b'id,lon,weight\n1,106.8,1\n', 'lacks id, lon and lat columns', 'no latitude column')
pts('points-nan', b'id,lon,lat\n1,nan,-6.2\n', 'record 2, field "lon": "nan" is not a finite number', 'NaN longitude')
pts('points-huge', b'id,lon,lat\n1,1e400,-6.2\n', 'record 2, field "lon": "1e400" is not a finite number', 'longitude beyond double range')
pts('points-empty', b'', 'the file is empty; expected a header id,lon,lat', 'a points file of 0 bytes')
case('points-long-line', 'points', [], 'record 2: line is longer than the limit of 1 MiB', 'a 2 MiB line with no line end (generated by the test)', generator='long-points-line')

# ---------------------------------------------------------------- GDAL sources (GeoPackage, zip) and spreadsheets
import io, sqlite3, subprocess, zipfile
def zipped(members):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in members: z.writestr(name, data)
    return buffer.getvalue()
# 100 MiB of zeros in 100 kB: the declared size and the expansion give it away before GDAL inflates it.
write('ogr/zip-bomb.zip', zipped([('kabkota.shp', GOOD_SHP[:100] + b'\0' * (100 << 20)), ('kabkota.shx', GOOD_SHX), ('kabkota.dbf', GOOD_DBF)]))
case('zip-bomb', 'ogr', ['ogr/zip-bomb.zip'], 'a zip bomb, not a zipped boundary layer; refused', 'a zipped shapefile whose .shp expands 1000 times to 100 MiB')
write('ogr/zip-good.zip', zipped([('two.shp', GOOD_SHP), ('two.shx', GOOD_SHX), ('two.dbf', GOOD_DBF)]))
case('zip-good', 'ogr', ['ogr/zip-good.zip'], 'ok', 'a zipped shapefile read through /vsizip/', features=2, field='NAME', value='Kabupaten Bogor')
write('ogr/zip-not-zip.zip', b'PK\x03\x04 this is not a zip archive at all')
case('zip-not-zip', 'ogr', ['ogr/zip-not-zip.zip'], 'zip-not-zip.zip: not a readable zip archive', 'a .zip that is not an archive')
write('ogr/not-vector.gpkg', b'SQLite format 3\0' + b'\0' * 84)
case('gpkg-not-sqlite', 'ogr', ['ogr/not-vector.gpkg'], 'not-vector.gpkg: cannot open:', 'a .gpkg of a cut SQLite header')
# A GeoPackage whose second feature's geometry blob is garbage (made with ogr2ogr, then broken with sqlite3).
gpkg = os.path.join(HERE, 'ogr/gpkg-corrupt-blob.gpkg')
if os.path.exists(gpkg): os.remove(gpkg)
source = os.path.join(HERE, 'ogr/two.geojson')
write('ogr/two.geojson', '{"type":"FeatureCollection","features":[' + ','.join(
    '{"type":"Feature","properties":{"kode":"32.0%d"},"geometry":{"type":"Polygon","coordinates":[[[106,-7],[107,-7],[107,-6],[106,-7]]]}}' % k for k in (1, 2)) + ']}')
subprocess.run(['ogr2ogr', '-f', 'GPKG', gpkg, source, '-nln', 'districts'], check=True)
os.remove(source)
db = sqlite3.connect(gpkg)
for (trigger,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'").fetchall():
    db.execute(f'DROP TRIGGER "{trigger}"')
db.execute("UPDATE districts SET geom = X'4750000147504B4700112233445566778899AABBCCDDEEFF' WHERE fid = 2")
db.commit()
db.close()
for extra in ('-wal', '-shm'):
    if os.path.exists(gpkg + extra): os.remove(gpkg + extra)
case('gpkg-corrupt-blob', 'ogr', ['ogr/gpkg-corrupt-blob.gpkg'], 'record 2, field "geometry"', 'a GeoPackage geometry blob overwritten with garbage')

def col(n):
    s = ''
    while n > 0:
        n, r = divmod(n - 1, 26); s = chr(65 + r) + s
    return s
def xlsx(rows):
    """A minimal workbook of inline-string and number cells: rows of (column number, value)."""
    def cell(row, column, value):
        ref = f'{col(column)}{row}'
        if isinstance(value, str): return f'<c r="{ref}" t="inlineStr"><is><t>{value}</t></is></c>'
        return f'<c r="{ref}"><v>{value}</v></c>'
    sheet = ''.join(f'<row r="{r}">' + ''.join(cell(r, c, v) for c, v in cells) + '</row>' for r, cells in enumerate(rows, 1))
    ns = 'http://schemas.openxmlformats.org'
    return zipped([
        ('[Content_Types].xml', f'<?xml version="1.0" encoding="UTF-8"?><Types xmlns="{ns}/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>'),
        ('_rels/.rels', f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{ns}/package/2006/relationships"><Relationship Id="rId1" Type="{ns}/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'),
        ('xl/workbook.xml', f'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{ns}/spreadsheetml/2006/main" xmlns:r="{ns}/officeDocument/2006/relationships"><sheets><sheet name="Data" sheetId="1" r:id="rId1"/></sheets></workbook>'),
        ('xl/_rels/workbook.xml.rels', f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{ns}/package/2006/relationships"><Relationship Id="rId1" Type="{ns}/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>'),
        ('xl/worksheets/sheet1.xml', f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{ns}/spreadsheetml/2006/main"><sheetData>{sheet}</sheetData></worksheet>'),
    ])
write('table/xlsx-million-columns.xlsx', xlsx([[(1, 'kode'), (1_000_000, 'far')], [(1, '32.01'), (1_000_000, 5)]]))
case('xlsx-million-columns', 'table', ['table/xlsx-million-columns.xlsx'], 'xlsx-million-columns.xlsx: more than 2000 columns', 'a sheet with a cell in column 1,000,000 (BDWGN): refused, not 10^6 fields')
write('table/xlsx-text-and-numbers.xlsx', xlsx([[(1, 'kode'), (2, 'tahun'), (3, 'nilai')], [(1, '32.10'), (2, 2023), (3, 30.36)]]))
case('xlsx-text-and-numbers', 'table', ['table/xlsx-text-and-numbers.xlsx'], 'ok', 'a text code cell keeps its trailing zero; a whole number has no .0',
     header=['kode', 'tahun', 'nilai'], row=['32.10', '2023', '30.36'])
write('table/xlsx-not-zip.xlsx', b'this is a CSV renamed to .xlsx\n32.01,5\n')
case('xlsx-not-zip', 'table', ['table/xlsx-not-zip.xlsx'], 'xlsx-not-zip.xlsx: not a readable zip archive', 'a text file named .xlsx')
write('table/xlsx-bomb.xlsx', zipped([('xl/worksheets/sheet1.xml', b' ' * (100 << 20))]))
case('xlsx-bomb', 'table', ['table/xlsx-bomb.xlsx'], 'a zip bomb, not a spreadsheet; refused', 'a workbook whose sheet expands 1000 times to 100 MiB of spaces')
csv('csv-decimal-comma', b'kode;nilai\n32.01;1.234,5\n32.02;30,36\n', 'ok', 'a ; file with decimal commas and a thousands point (as Excel writes in Indonesia)',
    header=['kode', 'nilai'], row=['32.01', '1.234,5'])
write('csv/csv-windows-1252.csv', 'kode,nama\n32.01,Bogor é\n'.encode('cp1252'))
case('csv-windows-1252', 'csv', ['csv/csv-windows-1252.csv'], ':2: invalid UTF-8 (byte offset 22); save the file as UTF-8, or give its encoding with --encoding', 'Windows-1252 without --encoding: refused, naming --encoding')

cases = [c for c in cases if c]
with open(os.path.join(HERE, 'catalogue.json'), 'w') as f:
    json.dump({'about': 'Bad inputs and the error each must give; see generate.py and BadInputCatalogueTests.swift',
               'cases': cases}, f, indent=1, ensure_ascii=False)
    f.write('\n')
print(len(cases), 'cases')
