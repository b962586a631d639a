/**
 * BAI2 type codes of Appendix A of the BAI Cash Management Balance Reporting Specifications,
 * Version 2 (as catalogued by moov-io/bai2 `type_codes_data.go`), and the implied decimals of
 * currencies. Codes not listed are bank-specific: the parser keeps them and flags them.
 */
const STATUS =
  '010 011 012 015 020 021 022 024 025 030 037 039 040 041 042 043 044 045 050 051 054 055 056 057 059 060 061 062 063 065 066 067 068 070 072 073 074 075 076 077 078 079 080 081 082 083 084 085 086 701 703 705 707 709';
const CREDITS =
  '100 101 105 106 107 108 109 110 115 116 118 120 121 122 123 130 131 135 136 140 142 143 145 146 147 150 155 156 160 162 163 164 165 166 167 168 169 170 171 172 173 174 175 176 178 180 182 184 185 186 187 188 189 190 191 195 196 198 ' +
  '200 201 202 205 206 207 208 210 212 213 214 215 216 218 221 222 224 226 227 229 230 231 232 233 234 235 236 237 238 239 240 241 242 243 244 245 246 247 248 249 250 251 252 254 255 256 257 258 260 261 263 266 268 270 271 274 275 276 277 278 280 281 285 286 294 295 ' +
  '301 302 303 304 305 306 307 308 309 310 315 316 318 319 320 321 324 325 326 327 328 329 330 331 332 336 338 340 341 342 343 344 345 346 347 348 349 350 351 352 353 354 355 356 357 358 359 360 361 362 363 364 366 367 368 369 370 372 373 374 376 377 378 379 381 382 383 384 385 386 387 388 389 390 391 392 393 394 395 397 398 399 ' +
  '720 721 722 723 724 725 726 727 728';
const DEBITS =
  '400 401 403 405 406 408 409 410 412 415 416 420 421 422 423 430 435 445 446 447 450 451 452 455 462 463 464 465 466 467 468 469 470 471 472 474 475 476 477 478 479 480 481 482 484 485 486 487 489 490 491 493 495 496 498 ' +
  '500 501 502 505 506 507 508 510 512 513 514 515 516 518 522 524 526 527 529 530 531 532 533 534 535 536 537 538 539 540 541 542 543 544 546 547 548 549 550 551 552 554 555 556 557 558 560 561 563 564 566 567 568 570 574 575 577 578 580 581 583 584 585 586 587 588 590 594 595 596 597 ' +
  '601 602 610 611 612 613 614 615 616 617 618 621 622 623 625 626 627 628 629 630 631 632 633 634 640 641 644 646 650 651 654 655 656 657 658 659 661 662 663 664 665 666 667 668 669 670 672 673 674 676 677 678 679 681 682 683 684 685 686 687 688 689 690 691 692 693 694 695 696 697 698 699 ' +
  '760';
const NON_MONETARY = '890';

export type Bai2Direction = 'CREDIT' | 'DEBIT' | 'STATUS' | 'NONE';

const CATALOG = new Map<string, Bai2Direction>();
for (const [list, direction] of [
  [STATUS, 'STATUS'],
  [CREDITS, 'CREDIT'],
  [DEBITS, 'DEBIT'],
  [NON_MONETARY, 'NONE'],
] as const) {
  for (const code of list.split(' ')) CATALOG.set(code, direction);
}

/** True for a type code listed in BAI2 Appendix A. */
export function isStandardTypeCode(code: string): boolean {
  return CATALOG.has(code);
}

/**
 * Direction of a type code: from the catalog, else from the ranges the specification reserves
 * (001–099 status, 100–399 credits, 400–699 debits, 700–799 loan, 900–959 custom credits,
 * 960–999 custom debits).
 */
export function directionOf(code: string): Bai2Direction {
  const known = CATALOG.get(code);
  if (known !== undefined) return known;
  const n = Number(code);
  if (n < 100) return 'STATUS';
  if (n < 400) return 'CREDIT';
  if (n < 700) return 'DEBIT';
  if (n < 900) return 'NONE';
  return n < 960 ? 'CREDIT' : 'DEBIT';
}

/** Status codes (balances) may carry a sign; summary and detail amounts may not. */
export function isStatusCode(code: string): boolean {
  return directionOf(code) === 'STATUS';
}

const ZERO_DECIMALS = new Set([
  'BIF',
  'CLP',
  'DJF',
  'GNF',
  'ISK',
  'JPY',
  'KMF',
  'KRW',
  'PYG',
  'RWF',
  'UGX',
  'UYI',
  'VND',
  'VUV',
  'XAF',
  'XOF',
  'XPF',
]);
const THREE_DECIMALS = new Set(['BHD', 'IQD', 'JOD', 'KWD', 'LYD', 'OMR', 'TND']);

/** Implied decimals of amounts in a currency (ISO 4217 minor units; 2 unless listed). */
export function currencyDecimals(currency: string): number {
  if (ZERO_DECIMALS.has(currency)) return 0;
  if (THREE_DECIMALS.has(currency)) return 3;
  return 2;
}
