/* Pure C timing of liblink-grammar 5.12: one sentence_create+sentence_parse per input line.
   Build: gcc -O2 -o lgtime lgtime.c $(pkg-config --cflags --libs link-grammar)
   Usage: ./lgtime MAXNULL LINKAGE_LIMIT SPELL TIMEOUT_S < sentences.txt  -> per-line "nulls nlink usec words" on stdout */
#include <link-grammar/link-includes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <locale.h>
static double now(void){struct timespec t;clock_gettime(CLOCK_MONOTONIC,&t);return t.tv_sec+t.tv_nsec*1e-9;}
int main(int argc,char**argv){
  setlocale(LC_ALL,"C.UTF-8");
  int maxnull=argc>1?atoi(argv[1]):250, limit=argc>2?atoi(argv[2]):100, spell=argc>3?atoi(argv[3]):7;
  double to=argc>4?atof(argv[4]):30;
  Dictionary d=dictionary_create_lang("en"); if(!d){fprintf(stderr,"no dict\n");return 1;}
  Parse_Options o=parse_options_create();
  parse_options_set_verbosity(o,0); parse_options_set_min_null_count(o,0); parse_options_set_max_null_count(o,maxnull);
  parse_options_set_linkage_limit(o,limit); parse_options_set_spell_guess(o,spell); parse_options_set_max_parse_time(o,(int)to);
  char line[8192]; double tot=0; long n=0, words=0;
  while(fgets(line,sizeof line,stdin)){
    line[strcspn(line,"\n")]=0; if(!*line) continue;
    int w=0; for(char*p=line;*p;){while(*p==' ')p++; if(*p){w++; while(*p&&*p!=' ')p++;}}
    double t=now(); Sentence s=sentence_create(line,d); int nl=sentence_parse(s,o); int nc=sentence_null_count(s); double dt=now()-t;
    printf("%d %d %.0f %d %d\n",nc,nl,dt*1e6,w,parse_options_timer_expired(o)); sentence_delete(s);
    tot+=dt; n++; words+=w;
  }
  fprintf(stderr,"n=%ld words=%ld total=%.3fs mean=%.2fms words/s=%.0f\n",n,words,tot,1e3*tot/n,words/tot);
  parse_options_delete(o); dictionary_delete(d); return 0;}
