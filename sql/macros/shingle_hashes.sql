-- macro shingle_hashes(h, n, k): the hashes of the n - k + 1 shingles (runs of k consecutive words) of a
-- post whose n word hashes are the list h, in order, duplicates kept. k is 2..8: hash() of a fixed number
-- of integers is far cheaper than hashing list slices.
create or replace macro shingle_hashes(h, n, k) as list_transform(
    range(1, n - k + 2),
    lambda i: case k
        when 2 then hash(h[i], h[i + 1])
        when 3 then hash(h[i], h[i + 1], h[i + 2])
        when 4 then hash(h[i], h[i + 1], h[i + 2], h[i + 3])
        when 5 then hash(h[i], h[i + 1], h[i + 2], h[i + 3], h[i + 4])
        when 6 then hash(h[i], h[i + 1], h[i + 2], h[i + 3], h[i + 4], h[i + 5])
        when 7 then hash(h[i], h[i + 1], h[i + 2], h[i + 3], h[i + 4], h[i + 5], h[i + 6])
        else hash(h[i], h[i + 1], h[i + 2], h[i + 3], h[i + 4], h[i + 5], h[i + 6], h[i + 7])
    end
)
