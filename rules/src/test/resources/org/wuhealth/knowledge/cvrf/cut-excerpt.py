"""Cuts a real MSRC CVRF XML document down to a few vulnerabilities (everything else kept as is)
and converts such an excerpt to the JSON shape of the MSRC CVRF API."""
import sys, re, json, lzma
import xml.etree.ElementTree as ET

NS = {'cvrf': 'http://www.icasi.org/CVRF/schema/cvrf/1.1', 'vuln': 'http://www.icasi.org/CVRF/schema/vuln/1.1',
      'prod': 'http://www.icasi.org/CVRF/schema/prod/1.1'}

def cut(src, cves, out):
    text = lzma.open(src, 'rt', encoding='utf-8-sig').read()
    # keep the text outside vulnerabilities byte for byte; keep only the named vulnerabilities
    parts = re.split(r'(?s)(<vuln:Vulnerability\b.*?</vuln:Vulnerability>)', text)
    kept = []
    for p in parts:
        if p.startswith('<vuln:Vulnerability'):
            m = re.search(r'<vuln:CVE>([^<]+)</vuln:CVE>', p)
            if m and m.group(1) in cves:
                kept.append(p)
        else:
            kept.append(p)
    # drop the release notes note (a long HTML table of every CVE of the month)
    body = ''.join(kept)
    body = re.sub(r'(?s)<cvrf:DocumentNotes>.*?</cvrf:DocumentNotes>', '<cvrf:DocumentNotes />', body)
    open(out, 'w', encoding='utf-8').write(body)

REM = {'Workaround': 0, 'Mitigation': 1, 'Vendor Fix': 2, 'Release Notes': 3, 'Known Issue': 6}

def t(e, path):
    x = e.find(path, NS)
    return None if x is None else (x.text or '')

def to_json(xml_file, out):
    root = ET.parse(xml_file).getroot()
    tr = root.find('cvrf:DocumentTracking', NS)
    doc = {
        'DocumentTitle': {'Value': t(root, 'cvrf:DocumentTitle')},
        'DocumentType': {'Value': t(root, 'cvrf:DocumentType')},
        'DocumentTracking': {
            'Identification': {'ID': {'Value': t(tr, 'cvrf:Identification/cvrf:ID')},
                               'Alias': {'Value': t(tr, 'cvrf:Identification/cvrf:Alias')}},
            'Status': 2, 'Version': t(tr, 'cvrf:Version'),
            'RevisionHistory': [{'Number': t(r, 'cvrf:Number'), 'Date': t(r, 'cvrf:Date'),
                                 'Description': {'Value': t(r, 'cvrf:Description')}}
                                for r in tr.findall('cvrf:RevisionHistory/cvrf:Revision', NS)],
            'InitialReleaseDate': t(tr, 'cvrf:InitialReleaseDate'),
            'CurrentReleaseDate': t(tr, 'cvrf:CurrentReleaseDate')},
        'DocumentNotes': [],
    }
    tree = root.find('prod:ProductTree', NS)
    def branch(b):
        items = [branch(c) for c in b.findall('prod:Branch', NS)]
        items += [{'ProductID': p.get('ProductID'), 'Value': p.text} for p in b.findall('prod:FullProductName', NS)]
        return {'Items': items, 'Type': b.get('Type'), 'Name': b.get('Name')}
    doc['ProductTree'] = {'Branch': [branch(b) for b in tree.findall('prod:Branch', NS)],
                          'FullProductName': [{'ProductID': p.get('ProductID'), 'Value': p.text}
                                              for p in tree.iter('{%s}FullProductName' % NS['prod'])]}
    vulns = []
    for v in root.findall('vuln:Vulnerability', NS):
        rems = []
        for r in v.findall('vuln:Remediations/vuln:Remediation', NS):
            j = {'Description': {'Value': t(r, 'vuln:Description')}, 'URL': t(r, 'vuln:URL') or '',
                 'ProductID': [p.text for p in r.findall('vuln:ProductID', NS)],
                 'Type': REM.get(r.get('Type'), 5), 'AffectedFiles': []}
            for f, k in (('Supercedence', 'vuln:Supercedence'), ('SubType', 'vuln:SubType'), ('FixedBuild', 'vuln:FixedBuild')):
                if t(r, k) is not None:
                    j[f] = t(r, k)
            if t(r, 'vuln:RestartRequired') is not None:
                j['RestartRequired'] = {'Value': t(r, 'vuln:RestartRequired')}
            rems.append(j)
        vulns.append({'Title': {'Value': t(v, 'vuln:Title')}, 'Notes': [], 'CVE': t(v, 'vuln:CVE'),
                      'ProductStatuses': [{'ProductID': [p.text for p in s.findall('vuln:ProductID', NS)], 'Type': 3}
                                          for s in v.findall('vuln:ProductStatuses/vuln:Status', NS)],
                      'Threats': [], 'CVSSScoreSets': [], 'Remediations': rems,
                      'Acknowledgments': [], 'Ordinal': v.get('Ordinal'), 'RevisionHistory': []})
    doc['Vulnerability'] = vulns
    json.dump(doc, open(out, 'w', encoding='utf-8'), ensure_ascii=False)

if __name__ == '__main__':
    if sys.argv[1] == 'cut':
        cut(sys.argv[2], set(sys.argv[4].split(',')), sys.argv[3])
    else:
        to_json(sys.argv[2], sys.argv[3])
