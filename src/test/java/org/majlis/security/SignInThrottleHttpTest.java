package org.majlis.security;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.majlis.MajlisSpringTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/**
 * Password sign-in over HTTP through the application's real security filter chain (the embedded default's local
 * accounts on MariaDB): after five failures for a username, even the right password is refused for a while; one
 * address is stopped after twenty failures whatever the usernames; unknown usernames are treated exactly alike.
 */
@MajlisSpringTest
class SignInThrottleHttpTest {

    private static final String PASSWORD = "correct horse battery staple";
    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    @Autowired
    WebApplicationContext context;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PasswordEncoder passwordEncoder;

    private MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @Test
    void after_five_failures_the_sixth_attempt_with_the_right_password_is_refused_and_signs_nobody_in()
            throws Exception {
        var username = newAccount();
        var address = newAddress();
        for (var i = 0; i < 5; i++) {
            signIn(username, "wrong-" + i, address)
                    .andExpect(redirectedUrl("/login?error"))
                    .andExpect(unauthenticated());
        }

        signIn(username, PASSWORD, address)
                .andExpect(redirectedUrl("/login?throttled=15"))
                .andExpect(unauthenticated());
        // The username is closed, from any address.
        signIn(username, PASSWORD, newAddress()).andExpect(redirectedUrl("/login?throttled=15"));
    }

    @Test
    void an_unknown_username_gets_exactly_the_same_answers_as_an_existing_one() throws Exception {
        var nobody = "nobody-" + UUID.randomUUID();
        var address = newAddress();
        for (var i = 0; i < 5; i++) {
            signIn(nobody, "wrong-" + i, address).andExpect(redirectedUrl("/login?error"));
        }

        signIn(nobody, PASSWORD, address).andExpect(redirectedUrl("/login?throttled=15"));
    }

    @Test
    void a_successful_sign_in_clears_the_failures_of_the_account() throws Exception {
        var username = newAccount();
        var address = newAddress();
        failTimes(username, address, 4);
        signIn(username, PASSWORD, address).andExpect(authenticated().withUsername(username));

        failTimes(username, address, 4);

        signIn(username, PASSWORD, address).andExpect(authenticated().withUsername(username));
    }

    @Test
    void one_address_trying_twenty_usernames_is_refused_even_for_a_real_account_with_its_password()
            throws Exception {
        var address = newAddress();
        for (var i = 0; i < 20; i++) {
            signIn("guess-" + UUID.randomUUID(), "wrong", address).andExpect(redirectedUrl("/login?error"));
        }
        var username = newAccount();

        signIn(username, PASSWORD, address)
                .andExpect(redirectedUrl("/login?throttled=15"))
                .andExpect(unauthenticated());
        // Someone else, from another address, signs in to the same account as usual.
        signIn(username, PASSWORD, newAddress()).andExpect(authenticated().withUsername(username));
    }

    @Test
    void a_refused_attempt_with_the_right_password_does_not_reopen_the_account() throws Exception {
        var username = newAccount();
        var address = newAddress();
        failTimes(username, address, 5);

        signIn(username, PASSWORD, address).andExpect(redirectedUrl("/login?throttled=15"));

        signIn(username, PASSWORD, newAddress()).andExpect(redirectedUrl("/login?throttled=15"))
                .andExpect(unauthenticated());
    }

    private void failTimes(String username, String address, int times) throws Exception {
        for (var i = 0; i < times; i++) {
            signIn(username, "wrong-" + i, address).andExpect(unauthenticated());
        }
    }

    private ResultActions signIn(String username, String password, String address) throws Exception {
        return mvc.perform(post("/login").param("username", username).param("password", password).with(csrf())
                .with(request -> {
                    request.setRemoteAddr(address);
                    return request;
                }));
    }

    /** A local account of its own (the demo accounts are shared with other tests). */
    private String newAccount() {
        var username = "throttle-" + UUID.randomUUID().toString().substring(0, 8);
        jdbc.update("INSERT INTO local_account (username, password_hash, is_admin, enabled, demo)"
                + " VALUES (?, ?, FALSE, TRUE, FALSE)", username, passwordEncoder.encode(PASSWORD));
        return username;
    }

    /** A client address of its own (documentation range 203.0.113.0/24), so tests do not add up. */
    private static String newAddress() {
        return "203.0.113." + ADDRESSES.incrementAndGet();
    }
}
