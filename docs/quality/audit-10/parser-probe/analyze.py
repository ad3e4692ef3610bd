#!/usr/bin/python3
# Tabulate /work/lgprobe/results.jsonl.  Usage: python3 /work/lgprobe/analyze.py [results.jsonl]
import json, sys, statistics, collections
V2 = '--v2' in sys.argv
R = [json.loads(l) for l in open('/work/lgprobe/results.jsonl')]
if V2:  # v2: fixed 'paragraph that begins/ends' template questions are not gated (nulls:=0);
        # 'The author writes: “X”' cloze -> parse X only
    for r in R:
        if r.get('template'): r['I'] = dict(r['I'], nulls=0)
        elif 'I2' in r: r['I'] = r['I2']
GRAM = {'ungrammatical', 'does not make sense', 'nonsense'}
for r in R:
    r['G'] = bool(GRAM & set(r['flaws']))
    r['UG'] = 'ungrammatical' in r['flaws']

def pct(a, b): return f'{100*a/b:.0f}%' if b else '-'

def row(name, rs):
    n = len(rs); ok = sum(r['ok'] for r in rs); g = sum(r['G'] for r in rs); u = sum(r['UG'] for r in rs)
    return f'| {name} | {n} | {ok} ({pct(ok,n)}) | {g} ({pct(g,n)}) | {u} ({pct(u,n)}) |'

HDR = '| group | n | both-accept | gram/sense flag | ungrammatical flag |\n|---|---|---|---|---|'
SPL = [('dev', lambda r: r['split'] == 'dev'), ('held (s7fin+test26)', lambda r: r['split'] == 'held')]
for sname, sf in SPL:
    rs = [r for r in R if sf(r)]
    print(f'\n### {sname}: all items n={len(rs)}\n' + HDR)
    print(row('all', rs))
    print(row('item 0 nulls', [r for r in rs if r['I']['nulls'] == 0]))
    print(row('item >=1 null', [r for r in rs if r['I']['nulls'] >= 1]))
    print(row('item >=2 null', [r for r in rs if r['I']['nulls'] >= 2]))
    print(row('src 0 nulls', [r for r in rs if r['S']['nulls'] == 0]))
    print(row('src >=1 null', [r for r in rs if r['S']['nulls'] >= 1]))
    print(row('src 0 & item 0', [r for r in rs if r['S']['nulls'] == 0 and r['I']['nulls'] == 0]))
    print(row('src 0 & item >=1 (cut broke it?)', [r for r in rs if r['S']['nulls'] == 0 and r['I']['nulls'] >= 1]))
    print(row('src >=1 & item 0', [r for r in rs if r['S']['nulls'] >= 1 and r['I']['nulls'] == 0]))
    print(row('src >=1 & item >=1', [r for r in rs if r['S']['nulls'] >= 1 and r['I']['nulls'] >= 1]))
    print(row('item nulls > src nulls', [r for r in rs if r['I']['nulls'] > r['S']['nulls']]))
    print(row('item nulls <= src nulls', [r for r in rs if r['I']['nulls'] <= r['S']['nulls']]))
    # per type
    print(f'\n{sname} by type: type: n | item>=1null: n, acc, gram | item0: n, acc, gram | cut-broke (src0&item>=1): n, acc, gram')
    for t in sorted(set(r['type'] for r in rs)):
        tr = [r for r in rs if r['type'] == t]
        a = [r for r in tr if r['I']['nulls'] >= 1]; b = [r for r in tr if r['I']['nulls'] == 0]
        c = [r for r in tr if r['S']['nulls'] == 0 and r['I']['nulls'] >= 1]
        f = lambda xs: f"{len(xs)}, {pct(sum(x['ok'] for x in xs),len(xs))}, {pct(sum(x['G'] for x in xs),len(xs))}"
        print(f'  {t}: {len(tr)} | {f(a)} | {f(b)} | {f(c)}')
    # Q+A view
    q = [r for r in rs if 'Q' in r]
    if q:
        print(f'\n{sname} question types, question+answer appended (n={len(q)}):')
        print(HDR); print(row('Q+A 0 nulls', [r for r in q if r['Q']['nulls'] == 0])); print(row('Q+A >=1', [r for r in q if r['Q']['nulls'] >= 1]))

# (3) gate: drop item if it has >=1 null link / if src clean and item not / if item nulls > src nulls
print('\n### gate drops per set: acc dropped/acc total, rej dropped/rej total, gram-flagged dropped/total')
gates = [('item>=1', lambda r: r['I']['nulls'] >= 1), ('src0&item>=1', lambda r: r['S']['nulls'] == 0 and r['I']['nulls'] >= 1),
         ('item>src', lambda r: r['I']['nulls'] > r['S']['nulls'])]
print('| set | split | ' + ' | '.join(f'{g}: acc / rej / gram' for g, _ in gates) + ' |')
print('|---|---|' + '---|' * len(gates))
sets = []
for r in R:
    if r['set'] not in sets: sets.append(r['set'])
for s in sets + ['ALL dev', 'ALL held']:
    rs = [r for r in R if r['set'] == s or (s == 'ALL dev' and r['split'] == 'dev') or (s == 'ALL held' and r['split'] == 'held')]
    A = [r for r in rs if r['ok']]; J = [r for r in rs if not r['ok']]; G = [r for r in rs if r['G']]
    cells = []
    for g, f in gates:
        cells.append(f'{sum(map(f,A))}/{len(A)} / {sum(map(f,J))}/{len(J)} / {sum(map(f,G))}/{len(G)}')
    print(f'| {s} | {rs[0]["split"]} | ' + ' | '.join(cells) + ' |')

# null-link rate by source length
print('\n### source sentences: share with >=1 null link by length (words), all sets pooled (unique sentences)')
seen = {}
for r in R: seen[r['src']] = r['S']
bins = [(1, 10), (11, 20), (21, 30), (31, 40), (41, 60), (61, 999)]
print('| words | n | >=1 null | mean nulls | median ms | p95 ms |\n|---|---|---|---|---|---|')
def q95(xs): xs = sorted(xs); return xs[min(len(xs)-1, int(0.95*len(xs)))]
for lo, hi in bins:
    xs = [v for v in seen.values() if lo <= v['words'] <= hi]
    if not xs: continue
    print(f"| {lo}-{hi} | {len(xs)} | {sum(v['nulls']>0 for v in xs)} ({pct(sum(v['nulls']>0 for v in xs),len(xs))}) | {statistics.mean(v['nulls'] for v in xs):.2f} | {1000*statistics.median(v['sec'] for v in xs):.1f} | {1000*q95([v['sec'] for v in xs]):.1f} |")
xs = list(seen.values())
print(f"| all | {len(xs)} | {sum(v['nulls']>0 for v in xs)} ({pct(sum(v['nulls']>0 for v in xs),len(xs))}) | {statistics.mean(v['nulls'] for v in xs):.2f} | {1000*statistics.median(v['sec'] for v in xs):.1f} | {1000*q95([v['sec'] for v in xs]):.1f} |")
print('\nitem texts by length:')
print('| words | n | >=1 null |\n|---|---|---|')
for lo, hi in bins:
    xs = [r['I'] for r in R if lo <= r['I']['words'] <= hi]
    if xs: print(f"| {lo}-{hi} | {len(xs)} | {sum(v['nulls']>0 for v in xs)} ({pct(sum(v['nulls']>0 for v in xs),len(xs))}) |")
print('timeouts: item', sum(r['I']['timeout'] for r in R), 'src', sum(r['S']['timeout'] for r in R))
