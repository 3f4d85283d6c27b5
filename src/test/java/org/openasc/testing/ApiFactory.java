package org.openasc.testing;

/** Makes API clients for given credentials, for tests of sign-in rules. */
public record ApiFactory(int port) {

    public Api as(String username, String password) {
        return new Api(port, username, password);
    }
}
