;; The byte pass of `start_scan.ts`: one loop over a text's UTF-8 bytes that finds, for up to eight sets of
;; literal keys at once (`literal_keys.ts`), every position where a key of a set starts. Assembled into
;; `start_scan_wasm.ts` by `deno task wasm` (WABT); `wasm_sources_test.ts` checks the two agree.
;;
;; Memory (the driver writes the tables, the text and reads the candidates):
;;   0..255       1 for each ASCII word byte ([A-Za-z0-9_]), the word characters of `\b` without `u`
;;   256..1023    per anchor (anywhere, word start, line start) and folded first byte (`| 0x20`): the sets with a
;;                key of that anchor that starts with it
;;   1024..1791   the same: the lengths of those keys (bit n - 1: keys of n bytes)
;;   65536..      131,072 bytes: per hash of an (anchor, length, key) the sets holding such a key
;;   196608..     the text's bytes, then 8 zero bytes; the candidates follow at `out`
(module
  (memory (export "memory") 4)

  ;; The sets holding a key of `length` bytes (1 to 8) that `word` (8 folded bytes) begins with.
  (func $look (param $word i64) (param $salt i64) (param $length i64) (param $mask i64) (result i32)
    (i32.load8_u offset=65536
      (i32.wrap_i64
        (i64.shr_u
          (i64.mul
            (i64.xor
              (i64.and (local.get $word) (local.get $mask))
              (i64.mul (i64.add (local.get $salt) (local.get $length)) (i64.const 0xD6E8FEB86659FD93)))
            (i64.const 0x9E3779B97F4A7C15))
          (i64.const 47)))))

  ;; The sets with a key at this position, of the lengths in `lengths` (bit n - 1: keys of n bytes, 1 to 8).
  (func $probe (param $word i64) (param $salt i64) (param $lengths i32) (result i32)
    (local $sets i32) (local $length i32)
    (block $done
      (loop $next
        (br_if $done (i32.eqz (local.get $lengths)))
        (local.set $length (i32.add (i32.ctz (local.get $lengths)) (i32.const 1)))
        (local.set $sets (i32.or (local.get $sets)
          (call $look (local.get $word) (local.get $salt) (i64.extend_i32_u (local.get $length))
            ;; The key's bytes: the low `length` bytes of the little-endian word.
            (i64.shr_u (i64.const -1) (i64.extend_i32_u (i32.shl (i32.sub (i32.const 8) (local.get $length)) (i32.const 3)))))))
        (local.set $lengths (i32.and (local.get $lengths) (i32.sub (local.get $lengths) (i32.const 1))))
        (br $next)))
    (local.get $sets))

  ;; Writes (UTF-16 index, sets) pairs of i32 from `out` for every candidate position of the `length` bytes at
  ;; 196608, and returns how many. `lineSets`: the sets for which every line start is a candidate.
  (func (export "scan")
    (param $length i32) (param $lineSets i32) (param $out i32) (result i32)
    (local $at i32) (local $byte i32) (local $folded i32) (local $isWord i32) (local $wasWord i32)
    (local $lineStart i32) (local $sets i32) (local $first i32) (local $index i32) (local $next i32)
    (local $count i32) (local $before i32) (local $beforeThat i32) (local $word i64)
    (local.set $lineStart (i32.const 1))
    (block $done
      (loop $step
        (br_if $done (i32.ge_u (local.get $at) (local.get $length)))
        (local.set $byte (i32.load8_u offset=196608 (local.get $at)))
        ;; Keys start where a character starts: a byte that is not a continuation (10xxxxxx). Its UTF-16 index
        ;; counts the characters before it, two for each four-byte one (a surrogate pair).
        (if (i32.ne (i32.and (local.get $byte) (i32.const 0xc0)) (i32.const 0x80))
          (then
            (local.set $index (local.get $next))
            (local.set $next (i32.add (local.get $next)
              (select (i32.const 2) (i32.const 1) (i32.ge_u (local.get $byte) (i32.const 0xf0)))))
            (local.set $isWord (i32.load8_u (local.get $byte)))
            (local.set $folded (i32.or (local.get $byte) (i32.const 0x20)))
            (local.set $word
              (i64.or (i64.load offset=196608 (local.get $at)) (i64.const 0x2020202020202020)))
            (local.set $sets (i32.const 0))
            (local.set $first (i32.load8_u offset=256 (local.get $folded)))
            (if (local.get $first)
              (then (local.set $sets (i32.and (local.get $first)
                (call $probe (local.get $word) (i64.const 16)
                  (i32.load8_u offset=1024 (local.get $folded)))))))
            (if (i32.and (local.get $isWord) (i32.eqz (local.get $wasWord)))
              (then
                (local.set $first (i32.load8_u offset=512 (local.get $folded)))
                (if (local.get $first)
                  (then (local.set $sets (i32.or (local.get $sets) (i32.and (local.get $first)
                    (call $probe (local.get $word) (i64.const 0)
                      (i32.load8_u offset=1280 (local.get $folded))))))))))
            (if (local.get $lineStart)
              (then
                (local.set $sets (i32.or (local.get $sets) (local.get $lineSets)))
                (local.set $first (i32.load8_u offset=768 (local.get $folded)))
                (if (local.get $first)
                  (then (local.set $sets (i32.or (local.get $sets) (i32.and (local.get $first)
                    (call $probe (local.get $word) (i64.const 32)
                      (i32.load8_u offset=1536 (local.get $folded))))))))))
            (if (local.get $sets)
              (then
                (i32.store (local.get $out) (local.get $index))
                (i32.store offset=4 (local.get $out) (local.get $sets))
                (local.set $out (i32.add (local.get $out) (i32.const 8)))
                (local.set $count (i32.add (local.get $count) (i32.const 1)))))))
        ;; A continuation byte is not a word character either (its character is outside ASCII).
        (local.set $wasWord (select (local.get $isWord) (i32.const 0)
          (i32.ne (i32.and (local.get $byte) (i32.const 0xc0)) (i32.const 0x80))))
        ;; The next character starts a line after \n, \r, U+2028 or U+2029 (E2 80 A8, E2 80 A9).
        (local.set $lineStart
          (i32.or
            (i32.or (i32.eq (local.get $byte) (i32.const 10)) (i32.eq (local.get $byte) (i32.const 13)))
            (i32.and
              (i32.and (i32.eq (local.get $beforeThat) (i32.const 0xe2)) (i32.eq (local.get $before) (i32.const 0x80)))
              (i32.eq (i32.or (local.get $byte) (i32.const 1)) (i32.const 0xa9)))))
        (local.set $beforeThat (local.get $before))
        (local.set $before (local.get $byte))
        (local.set $at (i32.add (local.get $at) (i32.const 1)))
        (br $step)))
    (local.get $count)))
