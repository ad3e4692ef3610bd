import json,glob,os,re
SETS=['dev22','dev22b','dev23','s6a','s6b','tune24']
def load(sets=SETS, base='/work/judging'):
    out=[]
    for name in sets:
        d=f'{base}/{name}/'
        vs=sorted(glob.glob(d+'verdicts/*.json'))
        A,B=[json.load(open(v))['essays'] for v in vs]
        for p in sorted(glob.glob(d+'packets/*.md')):
            stem=os.path.basename(p)[:-3]; txt=open(p).read()
            blocks=re.split(r'^## (?=\d+\. \[)',txt.split('# Items to judge')[1],flags=re.M)[1:]
            va={i['n']:i for i in A.get(stem,{}).get('items',[])}; vb={i['n']:i for i in B.get(stem,{}).get('items',[])}
            for b in blocks:
                m=re.match(r'(\d+)\. \[(\w+)\] id=(\w+)',b); n=int(m.group(1))
                if n not in va or n not in vb: continue
                f={}
                for line in b.split('\n')[1:]:
                    mm=re.match(r'(prompt|answer|choices|cited sentence): (.*)',line)
                    if mm: key=mm.group(1); f[key]=mm.group(2)
                    elif line.strip() and 'key' in dir() and key: f[key]=f.get(key,'')+' '+line.strip()
                out.append(dict(set=name,slug=stem,n=n,type=m.group(2),id=m.group(3),prompt=f.get('prompt',''),answer=f.get('answer',''),choices=f.get('choices',''),sentence=f.get('cited sentence',''),
                    ok=bool(va[n]['acceptable'] and vb[n]['acceptable']),flaws=va[n].get('flaws',[])+vb[n].get('flaws',[])))
    return out
if __name__=='__main__':
    d=load(); import collections
    print(len(d), sum(x['ok'] for x in d))
    c=collections.Counter((x['type'],x['ok']) for x in d); print(sorted(c.items()))
