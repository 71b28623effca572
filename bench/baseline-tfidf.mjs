// The baseline the overlap engine must beat: plain TF-IDF cosine over title and description
// (lower-cased word unigrams, smooth idf, L2 norm — scikit-learn's TfidfVectorizer defaults),
// every pair scored, best threshold chosen with hindsight.

export function baselineScores(modules) {
  const docs = modules.map(
    (m) => `${m.title} ${m.description ?? ''}`.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [],
  );
  const df = new Map();
  for (const words of docs) for (const w of new Set(words)) df.set(w, (df.get(w) ?? 0) + 1);
  const n = docs.length;
  const vectors = docs.map((words) => {
    const tf = new Map();
    for (const w of words) tf.set(w, (tf.get(w) ?? 0) + 1);
    let norm = 0;
    const v = new Map();
    for (const [w, c] of tf) {
      const x = c * (Math.log((1 + n) / (1 + df.get(w))) + 1);
      v.set(w, x);
      norm += x * x;
    }
    norm = Math.sqrt(norm) || 1;
    for (const [w, x] of v) v.set(w, x / norm);
    return v;
  });
  // Sparse all-pairs through an inverted index; pairs sharing no word have cosine 0.
  const postings = new Map();
  vectors.forEach((v, d) => {
    for (const [w, x] of v) {
      if (!postings.has(w)) postings.set(w, []);
      postings.get(w).push([d, x]);
    }
  });
  const scores = [];
  for (let i = 0; i < n; i++) {
    const acc = new Map();
    for (const [w, x] of vectors[i])
      for (const [j, y] of postings.get(w)) if (j > i) acc.set(j, (acc.get(j) ?? 0) + x * y);
    for (const [j, s] of acc) if (s >= 0.05) scores.push([i, j, s]);
  }
  return scores;
}
