package dev.scimme.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

class SessionAttributesTest {

    @AfterEach
    void leaveTheRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void what_is_kept_on_a_request_thread_is_found_in_that_session_and_gone_when_it_ends() {
        MockHttpSession httpSession = new MockHttpSession();
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setSession(httpSession);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));

        SessionAttributes session = SessionAttributes.current().orElseThrow();
        session.set("kept", "value");
        assertThat(httpSession.getAttribute("kept")).isEqualTo("value");

        httpSession.invalidate();
        assertThat(session.get("kept")).isNull();
        session.set("kept", "again"); // dropped, not thrown
    }

    @Test
    void outside_a_request_or_ui_there_is_no_session() {
        assertThat(SessionAttributes.current()).isEqualTo(Optional.empty());
    }
}
