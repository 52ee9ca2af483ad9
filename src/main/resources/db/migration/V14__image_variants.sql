-- Responsive variants of each stored image, made once when it is stored: widths for srcset ("800w") in WebP and the
-- original format, crops for structured data ("16x9", "4x3", "1x1") and the listing thumbnail ("thumb").
-- variants_made is false for an image stored before variants existed (or restored from such an export) until the
-- server has made them in the background; pages show the original meanwhile.
ALTER TABLE image ADD COLUMN variants_made BOOLEAN DEFAULT FALSE NOT NULL;

CREATE TABLE image_variant (
    image_id     BIGINT      NOT NULL REFERENCES image (id) ON DELETE CASCADE,
    name         VARCHAR(20) NOT NULL,
    content_type VARCHAR(40) NOT NULL,
    width        INTEGER     NOT NULL,
    height       INTEGER     NOT NULL,
    bytes        ${blob}     NOT NULL,
    PRIMARY KEY (image_id, name, content_type)
);
