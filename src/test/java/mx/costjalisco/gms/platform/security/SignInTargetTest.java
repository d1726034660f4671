package mx.costjalisco.gms.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** After signing in, back to the page asked for — only ever a page of this application. */
class SignInTargetTest {

    @Test
    void keepsThePathAndQueryOfAPageOfTheApplication() {
        assertEquals(
                Optional.of("/members/person.xhtml?id=12"),
                SignInTarget.localPath("http://gms.example/members/person.xhtml?id=12", ""));
        assertEquals(
                Optional.of("/cost-gms/members/people.xhtml"),
                SignInTarget.localPath("http://127.0.0.1:8080/cost-gms/members/people.xhtml", "/cost-gms"));
    }

    @Test
    void neverLeavesTheApplicationNorReturnsToTheSignInPage() {
        assertEquals(Optional.empty(), SignInTarget.localPath("http://gms.example/other-app/x.xhtml", "/cost-gms"));
        assertEquals(Optional.empty(), SignInTarget.localPath("http://gms.example/login.xhtml", ""));
        assertEquals(Optional.empty(), SignInTarget.localPath("http://gms.example/a/../../x", ""));
        assertEquals(Optional.empty(), SignInTarget.localPath("not a url", ""));
        assertEquals(Optional.empty(), SignInTarget.localPath(null, ""));
        // "//host/…" and "\\host" are other sites to a browser; encoded dots hide a way out
        assertEquals(
                Optional.empty(), SignInTarget.localPath("http://gms.example//evil.example/%2e%2e/home.xhtml", ""));
        assertEquals(Optional.empty(), SignInTarget.localPath("http://localhost//evil.example/home.xhtml", ""));
        assertEquals(Optional.empty(), SignInTarget.localPath("http://localhost/\\evil.example/home.xhtml", ""));
        assertEquals(
                Optional.empty(), SignInTarget.localPath("http://localhost/cost-gms//evil.example/x", "/cost-gms"));
    }
}
