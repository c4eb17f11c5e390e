// How large a user template may be, and the block it renders (both far above any real block). Apart from the
// renderer, so the engine can bound the template read without loading mustache at start-up.
export const TEMPLATE_MAX_BYTES = 64 * 1024;
export const BLOCK_MAX_CHARS = 1024 * 1024;
