package com.healthpress.image;


/** Why an image upload or removal was refused, as one of the codes of {@link ImageMessages}. */
public final class ImageProblem extends Exception {

    private final String code;

    public ImageProblem(String code) {
        super(ImageMessages.messageFor(code), null, false, false);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
