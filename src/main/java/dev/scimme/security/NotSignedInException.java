package dev.scimme.security;

/**
 * There is no signed-in session with usable tokens: never signed in, signed out, or the
 * refresh token is gone or was refused. The only remedy is to sign in again.
 */
public class NotSignedInException extends RuntimeException {

    public NotSignedInException(String reason) {
        super(reason);
    }

    public NotSignedInException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
