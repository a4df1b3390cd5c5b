// What the self-hosted TinyMCE fixture loads at run time, shared by the page (which tells TinyMCE
// where to look) and the demo build (which copies exactly these files out of node_modules/tinymce).

/** Where the build puts TinyMCE's run-time files, relative to the demo's root. */
export const TINYMCE_ASSET_DIR = 'vendor/tinymce';

export const TINYMCE_PLUGINS = ['autolink', 'link', 'lists'] as const;

/**
 * Folders of node_modules/tinymce that TinyMCE fetches from at run time for the configuration
 * above: the theme, the DOM model, the icon pack, the editor UI skin, the iframe's content CSS,
 * and each plugin.
 */
export const TINYMCE_RUNTIME_FOLDERS: readonly string[] = [
  'themes/silver',
  'models/dom',
  'icons/default',
  'skins/ui/oxide',
  'skins/content/default',
  ...TINYMCE_PLUGINS.map((plugin) => `plugins/${plugin}`),
];
