/** Facts about the built site that several specs share. */
export const STAGES = [
  { n: 1, title: 'Clarify and gather requirements', path: '/framework/clarify-requirements/' },
  { n: 2, title: 'High-level system architecture', path: '/framework/high-level-architecture/' },
  { n: 3, title: 'Data and feature engineering', path: '/framework/data-and-features/' },
  { n: 4, title: 'Modeling', path: '/framework/modeling/' },
  { n: 5, title: 'Model serving', path: '/framework/model-serving/' },
] as const;
