/**
 * Every municipality of Finland by its region (maakunta), as a compact table for the
 * browser. 308 municipalities in 19 regions: Statistics Finland's classifications
 * `kunta_1_20250101` and `maakunta_1_20250101` (valid in 2025 and, unchanged, 2026; the
 * 2025 merger of Pertunmaa into Mäntyharju took the count from 309 to 308). Names are not
 * here: the finder's filters need only codes, and the full table with names
 * (`municipalities.ts`) stays out of the browser bundle.
 *
 * Character n of the table is the municipality with code n (`091` is character 91): a
 * letter for its region in `REGION_ORDER` (a = 01, b = 02, …), `.` where no municipality
 * has that code. One character a code keeps this under 0.3 KB compressed.
 */
const REGION_ORDER = ['01', '02', '04', '05', '06', '07', '08', '09', '10', '11', '12', '13', '14', '15', '16', '17', '18', '19', '21'];
const TABLE = [
  '.....m...pm.....f.abe..............s.......s..ir.accm.......sds..s...p.pp.ogslac.fd...d...kaa....if.',
  '..cd.qa.ed.f...........................pj.fe.mk.ra.mmh...........d.k.dsjl...keil.cl...a.............',
  '..b.jq..p..e.ic.lom.....a.l...cnmm.ao..jrr..pa...le.....la..kr.j.l.....cor.lk...n...bggnn.qe...s.j..',
  'mm..bp...k..l...fps.r.b...........................................................................fn',
  'b.jm.h.am.l.....hse.jokb.pk...b..dalp.s.nh..ab.............................n..s.bb.pc....g.i..pl..rn',
  'l..baa.ie....................b.c...pe.b..k.a.n..............fbepp...........fbq.he.ro.......li.j..nn',
  '.l..e..kcc.a..rpa..eq..igpp...pb...eb.a.......................................p.bi.rc.jj.h.p..d..qr.',
  'h.e.b..k..a..................l..r.b.s.bhi.rm..pcpj.r.a.a..rm.bj..qs.i..s.....qj..f.c.q....ep........',
  '...............................hpbd..e......jrm.kolr.br..jap..........................ce.pr.ln.b....',
  '.....n..e......j..b..je.oj.a...l..mge....s....n.............................rp..ed.......m..l',
].join('');

/** Municipality code → region code, for every municipality. */
export const MUNICIPALITY_REGION: Readonly<Record<string, string>> = Object.freeze(
  Object.fromEntries(
    [...TABLE].flatMap((c, n) => (c === '.' ? [] : [[String(n).padStart(3, '0'), REGION_ORDER[c.charCodeAt(0) - 97]!]])),
  ),
);
