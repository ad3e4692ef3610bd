#!/usr/bin/python3
# Cross-check: run the link-parser CLI on items.txt and compare null counts with results.jsonl.
# Command: LANG=C.UTF-8 link-parser en -graphics=0 -verbosity=1 -echo -limit=100 -spell=7 < items.txt
import subprocess, re, json, time
t = time.time()
out = subprocess.run('LANG=C.UTF-8 link-parser en -graphics=0 -verbosity=1 -echo -limit=100 -spell=7 < /work/lgprobe/items.txt',
                     shell=True, capture_output=True, text=True).stdout
el = time.time() - t
items = [l for l in open('/work/lgprobe/items.txt').read().split('\n') if l]
nulls = []
for line in out.split('\n'):
    m = re.match(r'Found \d+ linkages? .*?(at null count (\d+))?$', line)
    if line.startswith('Found '):
        nulls.append(int(m.group(2)) if m and m.group(2) else 0)
R = [json.loads(l) for l in open('/work/lgprobe/results.jsonl')]
print('CLI wall %.1fs for %d sentences; parsed %d result lines' % (el, len(items), len(nulls)))
if len(nulls) == len(R):
    print('exact null-count agreement', sum(a == r['I']['nulls'] for a, r in zip(nulls, R)), '/', len(R),
          '; zero-vs-nonzero agreement', sum((a == 0) == (r['I']['nulls'] == 0) for a, r in zip(nulls, R)))
