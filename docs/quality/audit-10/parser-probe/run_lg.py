#!/usr/bin/python3
# Run Link Grammar (liblink-grammar5 5.12 via Debian's python3-link-grammar binding, same C library
# that link-parser uses) on every judged item's student-facing text and on its verbatim source sentence.
# Usage: LANG=C.UTF-8 /usr/bin/python3 /work/lgprobe/run_lg.py   -> /work/lgprobe/results.jsonl
import sys, re, json, time
sys.path.insert(0, '/work/judging/risk')
import data
import linkgrammar as lg
import linkgrammar.clinkgrammar as clg

DEV = data.SETS
HELD = ['s7fin', 'test26']

def item_text(x):
    p = x['prompt'].strip()
    # strip the leading 'Context: “...”' block: it is a separate, verbatim sentence
    p = re.sub(r'^Context:\s*“.*?”\s*', '', p, flags=re.S)
    if '_____' in p:                      # cloze / blank-style mcq: fill blank with the key
        p = p.replace('_____', x['answer'].strip())
    return p

TEMPLATE = re.compile(r'^What main point does the author make in the paragraph that (begins|ends) “')
def item_text2(x):
    """v2: unwrap 'The author writes: “...”' so only the quoted (filled) sentence is parsed;
    fixed 'What main point ... paragraph that begins/ends “…”' questions -> None (not gated)."""
    p = item_text(x)
    if TEMPLATE.match(p): return None
    m = re.match(r'^The author writes:\s*“(.*)”\s*$', p, flags=re.S)
    if m: p = m.group(1)
    return p

def qa_text(x):
    """question + answer (only for question types), for an optional second view."""
    if x['type'] in ('flashcard', 'short_answer', 'mcq') and '_____' not in x['prompt']:
        return item_text(x) + ' ' + x['answer'].strip()
    return None

dic = lg.Dictionary('en')
po = lg.ParseOptions(verbosity=0, linkage_limit=100, min_null_count=0, max_null_count=250,
                     max_parse_time=30, spell_guess=7)

def parse(s):
    t = time.perf_counter()
    sent = clg.sentence_create(s, dic._obj)
    n = clg.sentence_parse(sent, po._obj)      # C call: tokenize + parse (null links 0..max)
    nulls = clg.sentence_null_count(sent)
    dt = time.perf_counter() - t
    to = bool(clg.parse_options_timer_expired(po._obj))
    clg.sentence_delete(sent)
    return dict(nulls=nulls, nlink=n, sec=dt, timeout=to, words=len(s.split()))

# warm up dictionary
parse('The cat sat on the mat.')

out = open('/work/lgprobe/results.jsonl', 'w')
for split, sets in (('dev', DEV), ('held', HELD)):
    for sname in sets:
        for x in data.load(sets=[sname]):
            it = item_text(x); src = x['sentence'].strip()
            r = dict(split=split, set=sname, id=x['id'], type=x['type'], ok=x['ok'], flaws=x['flaws'],
                     item=it, src=src, I=parse(it), S=parse(src))
            i2 = item_text2(x)
            if i2 is None: r['template'] = True
            elif i2 != it: r['item2'] = i2; r['I2'] = parse(i2)
            q = qa_text(x)
            if q: r['qa'] = q; r['Q'] = parse(q)
            out.write(json.dumps(r) + '\n')
out.close()
print('done')
