// Injected by scripts/bundle-cli.mjs: the CommonJS bundle's stand-in for `import.meta.url`.
export const importMetaUrl = require('node:url').pathToFileURL(__filename).href;
