import re,numpy as np,collections,sys
from risk_data import load
PRON=re.compile(r"^(it|its|they|their|them|this|these|those|he|she|his|her|such|that)\b",re.I)
def body(p):
    p=re.sub(r'^Context: “[^”]*” ','',p)
    p=re.sub(r'^(According to [^,]+(?:\([^)]*\))?,|The essay suggests that) ','',p)
    return p
def feats(x):
    p=x['prompt']; a=x['answer']; s=x['sentence']; t=x['type']; b=body(p)
    pw=len(p.split()); sw=max(1,len(s.split())); aw=len(a.split())
    f=collections.OrderedDict()
    for ty in ['cloze','flashcard','mcq','short_answer','true_false']: f['type_'+ty]=t==ty
    f['tf_false']= t=='true_false' and a.strip()=='False'
    f['leadin']=p.startswith('Context:')
    f['according_essay']='According to the essay' in p
    f['according_other']=bool(re.match(r'^According to (?!the essay)',p))
    f['pron_start']=bool(PRON.match(b))
    f['connective_start']=bool(re.match(r'^(and|but|for|so|yet|or|nor|thus|hence|therefore|however|also|then|now)\b',b,re.I))
    f['lower_start']=bool(re.match(r'^[a-z]',b)) and not p.startswith('According')
    f['prompt_long']=pw>30
    f['prompt_words']=min(pw,60)/60
    f['sent_words']=min(sw,60)/60
    f['ans_words']=min(aw,20)/20
    f['ans_long']=aw>8
    f['ans_num']=bool(re.fullmatch(r'[\d,.]+%?|\d{4}s?',a.strip()))
    f['ans_cap']=bool(re.match(r'^[A-Z]',a)) and t in('cloze','mcq')
    f['commas']=min(p.count(','),6)/6
    f['quotes']=('“' in b) or ('"' in b)
    f['paren']='(' in b
    f['semicolon']=';' in b
    f['markup']=bool(re.search(r'[\[\]*_]{1}[^_]',s)) and '[' in s
    f['blank_end']=bool(re.search(r'_____[.?!]?$',p))
    f['why']=p.startswith('Why') or ' why ' in p.lower()
    f['what_point']='main point' in p
    f['author_argue']='What does the author' in p
    f['who']=b.startswith('Who')
    f['when']=b.startswith('When')
    f['ratio']=min(pw/sw,2)/2
    aws=set(w.lower() for w in re.findall(r'\w+',a) if len(w)>3)
    f['ans_in_prompt']=bool(aws) and len(aws & set(w.lower() for w in re.findall(r'\w+',b)))/len(aws)>0.5 and t!='true_false'
    f['digits_in_sent']=len(re.findall(r'\d+',s))>2
    f['sent_first_person']=bool(re.search(r'\b(I|we|my|our|us)\b',s))
    f['sent_question']=s.strip().endswith('?')
    return f
def mat(d):
    F=[feats(x) for x in d]; names=list(F[0].keys())
    X=np.array([[float(f[k]) for k in names] for f in F]); y=np.array([float(x['ok']) for x in d])
    return X,y,names
def fit(X,y,l2=1.0,it=3000,lr=0.3):
    Xb=np.hstack([X,np.ones((len(X),1))]); w=np.zeros(Xb.shape[1])
    for _ in range(it):
        p=1/(1+np.exp(-Xb@w)); g=Xb.T@(p-y)/len(y)+l2*np.r_[w[:-1],0]/len(y); w-=lr*g
    return w
def pred(X,w): return 1/(1+np.exp(-np.hstack([X,np.ones((len(X),1))])@w))
def auc(s,y):
    o=np.argsort(s); r=np.empty(len(s)); r[o]=np.arange(len(s)); pos=y==1
    return (r[pos].sum()-pos.sum()*(pos.sum()-1)/2)/(pos.sum()*(~pos).sum())
if __name__=='__main__':
    d=load(); X,y,names=mat(d)
    sets=sorted(set(x['set'] for x in d)); allp=np.zeros(len(d))
    for s in sets:
        tr=np.array([x['set']!=s for x in d]); w=fit(X[tr],y[tr],l2=float(sys.argv[1]) if len(sys.argv)>1 else 3)
        allp[~tr]=pred(X[~tr],w)
        print(s, 'n',(~tr).sum(),'base %.2f'%y[~tr].mean(),'auc %.2f'%auc(allp[~tr],y[~tr]))
    print('pooled auc %.3f'%auc(allp,y))
    for keep in [1,0.9,0.8,0.7,0.6]:
        # per-set threshold: keep top fraction within each set
        accs=[];kept=0;okk=0
        for s in sets:
            idx=np.array([x['set']==s for x in d]); ps=allp[idx]; ys=y[idx]
            k=int(round(keep*len(ps))); top=np.argsort(-ps)[:k]; kept+=k; okk+=ys[top].sum()
        print('keep %.1f -> acc %.3f (%d items)'%(keep,okk/kept,kept))
    w=fit(X,y,3); 
    for n,wi in sorted(zip(names+['bias'],w),key=lambda z:z[1]): print('%-20s %+.2f'%(n,wi))
