package com.healthpress.api;

/** A request the Content API cannot answer as asked: which parameter is wrong, and what to send instead. */
public final class ApiRequestException extends RuntimeException {

    private final String parameter;

    public ApiRequestException(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
