/**
 * Every municipality of Finland by its region (maakunta), as a compact table for the
 * browser: region code → the municipality codes in it, space-separated. 308 municipalities
 * in 19 regions, Statistics Finland's classifications `kunta_1_20250101` and
 * `maakunta_1_20250101` (valid in 2025 and, unchanged, 2026; the 2025 merger of Pertunmaa
 * into Mäntyharju took the count from 309 to 308). Names are not here: the finder's filter
 * needs only codes, and the full table with names (`municipalities.ts`) stays out of the
 * browser bundle. A test checks that the two tables agree.
 */
const BY_REGION: Readonly<Record<string, string>> = {
  '01': '018 049 078 091 092 106 149 186 224 235 245 257 407 434 444 504 505 543 611 616 638 710 753 755 858 927',
  '02': '019 202 284 304 322 400 423 430 445 480 481 503 529 538 561 577 631 636 680 704 734 738 761 833 853 895 918',
  '04': '050 051 079 102 181 214 230 271 484 531 608 609 684 747 783 886',
  '05': '061 082 086 103 109 165 169 433 694 834 981',
  '06': '020 108 143 177 211 250 291 418 508 536 562 581 604 619 635 702 790 837 887 908 922 936 980',
  '07': '016 081 098 111 142 316 398 560 576 781',
  '08': '075 285 286 489 624 935',
  '09': '153 405 416 441 580 689 700 739 831',
  '10': '046 097 178 213 491 507 593 623 681 740 768',
  '11': '140 171 204 239 263 297 402 420 595 686 687 749 762 778 844 857 915 921 925',
  '12': '090 146 167 176 260 276 309 422 426 541 607 707 848',
  '13': '077 172 179 182 216 226 249 256 265 275 312 410 435 495 500 592 601 729 850 892 931 992',
  '14': '005 010 052 145 151 152 218 232 233 300 301 403 408 743 759 846 934 989',
  '15': '231 280 287 288 399 440 475 499 545 598 599 893 905 946',
  '16': '074 217 236 272 421 584 849 924',
  '17': '009 069 071 072 139 208 244 305 317 425 436 483 494 535 563 564 615 625 626 630 678 691 746 748 791 832 859 889 977',
  '18': '105 205 290 578 620 697 765 777 785',
  '19': '047 148 240 241 261 273 320 498 583 614 683 698 732 742 751 758 845 851 854 890 976',
  '21': '035 043 060 062 065 076 170 295 318 417 438 478 736 766 771 941',
};

/** Municipality code → region code, for every municipality. */
export const MUNICIPALITY_REGION: Readonly<Record<string, string>> = Object.freeze(
  Object.fromEntries(Object.entries(BY_REGION).flatMap(([region, codes]) => codes.split(' ').map((code) => [code, region]))),
);
