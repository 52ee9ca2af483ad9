package com.healthpress.image;

/** An image's width and height in pixels, as its file header states them. */
record Size(int width, int height) {
}
