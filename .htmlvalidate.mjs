/**
 * html-validate for every built page: the recommended and document presets, with these relaxed:
 * - require-sri only for cross-origin resources: the site loads nothing from another origin, and
 *   same-origin files are covered by the CSP; hashing every stylesheet link adds nothing.
 * - long-title up to 110 characters: page titles carry the site name after the page name, so a
 *   reader with many tabs knows which site a tab belongs to.
 * - prefer-native-element allows role="listbox": the search results are a combobox popup of
 *   links with excerpts, which a native <select> cannot show.
 * - valid-id relaxed (HTML's own rule: not empty, no spaces): a worked example's stage sections
 *   are numbered ("## 1. Clarify the requirements"), so their slugs start with a digit.
 * The custom elements (small web components) are declared so their content model is checked.
 */
export default {
  extends: ['html-validate:recommended', 'html-validate:document'],
  elements: [
    'html5',
    {
      'copy-link': { flow: true, phrasing: true, permittedContent: ['@phrasing', 'input'] },
      'toc-spy': { flow: true, permittedContent: ['@flow'] },
      'menu-toggle': { flow: true, phrasing: true, permittedContent: ['@phrasing'] },
      'theme-toggle': { flow: true, phrasing: true, permittedContent: ['@phrasing'] },
      'site-search': { flow: true, phrasing: true, permittedContent: ['@flow'] },
    },
  ],
  rules: {
    'require-sri': ['error', { target: 'crossorigin' }],
    'long-title': ['error', { maxlength: 110 }],
    'prefer-native-element': ['error', { exclude: ['listbox'] }],
    'valid-id': ['error', { relaxed: true }],
  },
};
