/**
 * Every municipality of Finland by its region (maakunta), as a compact table for the
 * browser. 308 municipalities in 19 regions: Statistics Finland's classifications
 * `kunta_1_20250101` and `maakunta_1_20250101` (valid in 2025 and, unchanged, 2026; the
 * 2025 merger of Pertunmaa into Mäntyharju took the count from 309 to 308). Names are not
 * here: the finder's filters need only codes, and the full table with names
 * (`municipalities.ts`) stays out of the browser bundle.
 *
 * Two characters a municipality, in code order: the distance from the previous code (the
 * character code minus 40) and the region, a letter in the order of the region codes
 * (a = 01, b = 02, c = 04, …). This keeps all 308 under 0.3 KB compressed; `geo.ts` reads
 * it into `MUNICIPALITY_REGION`.
 */
export const REGION_TABLE = [
  '-m,p)m.f*a)b)e7s0s+i)r*a)c)c)m0s)d)s+s,p*p)p*o)g)s)l)a)c*f)d,d,k)a)a-i)f,c)d*q)a*e)d*fDp)j*f)e*m)k*r',
  ')a*m)m)h4d*k*d)s)j)l,k)e)i)l*c)l,a8b*j)q+p+e*i)c*l)o)m.a*l,c)n)m)m*a)o+j)r)r+p)a,l)e.l)a+k)r*j*l.c)o',
  ')r*l)k,n,b)g)g)n)n*q)e,s*j+m)m+b)p,k+l,f)p)s*r*btf)n)b*j)m*h*a)m*l.h)s)e*j)o)k)b*p)k,b+d)a)l)p*s*n)h',
  '+a)bFn+s*b)b*p)c-g*i+p)l+r)n)l+b)a)a*i)e=b*c,p)e*b+k*a*n7f)b)e)p)p4f)b)q*h)e*r)o0l)i*j+n)n*l+e+k)c)c',
  '*a+r)p)a+e)q+i)g)p)p,p)b,e)b*aPp*b)i*r)c*j)j*h*p+d+q)r*h*e*b+k+a;l+r*b*s*b)h)i*r)m+p)c)p)j*r*a*a+r)m',
  '*b)j+q)s*i+s.q)j+f*c*q-e)pPh)p)b)d+e/j)r)m*k)o)l)r*b)r+j)a)pCc)e*p)r*l)n*b2n+e/j+b+j)e*o)j*a,l+m)g)e',
  '-s-nFr)p+e)d0m+l',
].join('');
