package dev.backease.web.pages;

/**
 * What every page's frame needs: its title and the CSRF token (empty until accounts provide one).
 *
 * @param csrf the token the accounts module put on the request, or "" when there is none
 */
public record Chrome(String title, String csrf) {
    public boolean hasCsrf() {
        return !csrf.isEmpty();
    }
}
