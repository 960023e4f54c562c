/**
 * The size of the social preview images, in a module of its own: the pages that link an image name its size too, and
 * need none of the drawing code (next/og) that preview-image.tsx loads.
 */
export const PREVIEW_SIZE = { width: 1200, height: 630 };
