#!/bin/bash
# Pure-C timing of liblink-grammar per sentence under several option sets. Usage: bash /work/lgprobe/timing.sh
cd /work/lgprobe
for cfg in "250 100 7 30" "0 100 7 30" "0 100 0 30" "0 100 0 1" "0 1 0 30"; do for f in src items; do
  LANG=C.UTF-8 ./lgtime $cfg < $f.txt 2>/dev/null | grep -E '^[0-9]' > /tmp/$f.out
  printf "%-5s maxnull/limit/spell/timeout=%-12s " $f "$cfg"
  python3 -c "
import statistics
L=[list(map(float,l.split())) for l in open('/tmp/$f.out')]
t=sorted(x[2]/1000 for x in L); n=len(t)
print(f'n={n} mean={statistics.mean(t):.1f}ms median={t[n//2]:.1f}ms p95={t[int(.95*n)]:.1f}ms max={t[-1]:.0f}ms words/s={sum(x[3] for x in L)/(sum(t)/1000):.0f} sent/s={n/(sum(t)/1000):.0f} full-parse={sum(x[0]==0 and x[1]>0 for x in L)}/{n} timeouts={sum(x[4] for x in L):.0f}')"
done; done
