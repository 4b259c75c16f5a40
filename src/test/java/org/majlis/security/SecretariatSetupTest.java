package org.majlis.security;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.majlis.NoDemoSpringTest;
import org.majlis.base.DemoMode;
import org.majlis.base.FieldError;
import org.majlis.base.InvalidInputException;
import org.majlis.base.RefusedException;
import org.majlis.security.internal.FirstStartSetupRepository;
import org.majlis.security.internal.LocalAccountRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The first start of an installation (no demo mode, local accounts): no demo data, and the secretariat's account is
 * created once, by whoever completes the setup first with the setup code from the server's log, with a password of the
 * operator's choosing stored hashed.
 */
@NoDemoSpringTest
@WithAnonymousUser
@ExtendWith(OutputCaptureExtension.class)
class SecretariatSetupTest {

    private static final String PASSWORD = "correct horse battery";
    private static final java.util.regex.Pattern SETUP_CODE = java.util.regex.Pattern.compile(
            "enter the setup code ([A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4})");

    @Autowired
    SecretariatSetup setup;
    @Autowired
    LocalAccounts localAccounts;
    @Autowired
    UserDetailsService userDetailsService;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    LocalAccountRepository accounts;
    @Autowired
    FirstStartSetupRepository setups;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    Clock clock;
    @Autowired
    SetupCode setupCode;

    @AfterEach
    void backToAFreshInstallation() {
        jdbc.batchUpdate(NoDemoSpringTest.RESET_SETUP);
    }

    @Test
    void a_fresh_installation_has_no_demo_data_no_account_and_waits_for_its_setup() {
        assertThat(count("edition") + count("organisation") + count("participant")).as("demo data").isZero();
        assertThat(count("local_account")).isZero();
        assertThat(setup.pending()).isTrue();
    }

    @Test
    void the_operator_creates_the_secretariat_account_which_signs_in_with_the_chosen_password() {
        var created = setup.create(account(" ops.secretariat ", PASSWORD, PASSWORD));

        assertThat(created).isEqualTo("ops.secretariat");
        var signedIn = signIn("ops.secretariat", PASSWORD);
        assertThat(signedIn.getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .contains("ROLE_ADMIN", "ROLE_USER");
        assertThat(jdbc.queryForObject("SELECT password_hash FROM local_account WHERE username = 'ops.secretariat'",
                String.class)).as("stored hashed").startsWith("{bcrypt}").doesNotContain(PASSWORD);
        assertThat(jdbc.queryForObject("SELECT demo FROM local_account WHERE username = 'ops.secretariat'",
                Boolean.class)).isFalse();
        assertThat(jdbc.queryForObject("SELECT secretariat_username FROM first_start_setup", String.class))
                .isEqualTo("ops.secretariat");
        assertThat(setup.pending()).as("the setup is done").isFalse();
        assertThatThrownBy(() -> signIn("ops.secretariat", "wrong password!!")).isInstanceOf(
                BadCredentialsException.class);
    }

    @Test
    void once_the_setup_is_done_nobody_can_create_another_secretariat_account_through_it() {
        setup.create(account("ops.secretariat", PASSWORD, PASSWORD));

        assertThatThrownBy(() -> setup.create(account("intruder", PASSWORD, PASSWORD)))
                .isInstanceOfSatisfying(RefusedException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("setup.refused.done"));
        assertThat(jdbc.queryForList("SELECT username FROM local_account", String.class))
                .containsExactly("ops.secretariat");
        assertThatThrownBy(() -> signIn("intruder", PASSWORD)).isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void bad_input_gets_a_translated_message_on_its_field_and_creates_nothing() {
        assertThat(errors("", "", "")).containsExactly(
                new Error("username", "validation.required"), new Error("password", "validation.required"));
        assertThat(errors("ops", "too short", "too short"))
                .containsExactly(new Error("password", "validation.setup.password-short"));
        assertThat(errors("ops", PASSWORD, PASSWORD + "!"))
                .containsExactly(new Error("confirmation", "validation.setup.password-mismatch"));
        assertThat(errors("x", PASSWORD, PASSWORD))
                .containsExactly(new Error("username", "validation.setup.username-format"));
        assertThat(errors("ops admin", PASSWORD, PASSWORD))
                .containsExactly(new Error("username", "validation.setup.username-format"));
        assertThat(errors("ops.secretariat.long", "OPS.secretariat.long", "OPS.secretariat.long"))
                .containsExactly(new Error("password", "validation.setup.password-is-username"));
        var arabic = "كلمة مرور طويلة جدا لا تتسع لها خوارزمية التشفير أبدا";
        assertThat(errors("ops", arabic, arabic)).as("%d bytes", arabic.getBytes().length)
                .containsExactly(new Error("password", "validation.setup.password-long"));
        assertThat(count("local_account")).isZero();
        assertThat(setup.pending()).isTrue();
    }

    @Test
    void a_username_taken_by_a_demo_account_of_an_earlier_demo_is_refused() {
        demoAccountFromAnEarlierDemo("admin");

        assertThat(errors("admin", PASSWORD, PASSWORD))
                .containsExactly(new Error("username", "validation.setup.username-taken"));
        assertThat(setup.pending()).as("a demo account is no secretariat outside demo mode").isTrue();
    }

    @Test
    void demo_accounts_of_an_earlier_demo_cannot_sign_in_and_the_sign_in_page_names_none() {
        demoAccountFromAnEarlierDemo("admin");
        demoAccountFromAnEarlierDemo("eco.fao");

        assertThatThrownBy(() -> signIn("admin", LocalAccounts.DEMO_PASSWORD))
                .isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> signIn("eco.fao", LocalAccounts.DEMO_PASSWORD))
                .isInstanceOf(BadCredentialsException.class);
        assertThat(localAccounts.demoAccounts()).isEmpty();
    }

    @Test
    void two_operators_racing_the_setup_create_one_account_and_the_other_is_told_it_is_done() throws Exception {
        var outcomes = atOnce(
                () -> setup.create(account("first.operator", PASSWORD, PASSWORD)),
                () -> setup.create(account("second.operator", PASSWORD, PASSWORD)));

        assertThat(outcomes).filteredOn(String.class::isInstance).hasSize(1);
        assertThat(outcomes).filteredOn(RefusedException.class::isInstance).singleElement()
                .satisfies(refused -> assertThat(((RefusedException) refused).messageKey())
                        .isEqualTo("setup.refused.done"));
        assertThat(jdbc.queryForList("SELECT username FROM local_account WHERE is_admin", String.class))
                .hasSize(1).containsAnyOf("first.operator", "second.operator");
    }

    @Test
    void without_the_setup_code_from_the_log_nobody_creates_the_account(CapturedOutput output) {
        setup.announceSetupCode();
        var logged = SETUP_CODE.matcher(output.getAll());
        assertThat(logged.find()).as("the setup code in the log").isTrue();
        assertThat(logged.group(1)).isEqualTo(setupCode.current());

        for (var typed : java.util.Arrays.asList(null, "", "ABCD-EFGH-JKMN", setupCode.current().substring(1))) {
            assertThatThrownBy(() -> setup.create(new SecretariatAccount("intruder", PASSWORD, PASSWORD, typed)))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                            .extracting(FieldError::field, FieldError::messageKey)
                            .containsExactly(org.assertj.core.groups.Tuple.tuple("setupCode",
                                    "validation.setup.code-wrong")));
        }
        assertThat(count("local_account")).isZero();
        assertThat(setup.pending()).isTrue();
        // as copied from the log, in lower case and without its dashes alike
        var typed = " " + setupCode.current().replace("-", "").toLowerCase(java.util.Locale.ROOT) + " ";
        assertThat(setup.create(new SecretariatAccount("ops.secretariat", PASSWORD, PASSWORD, typed)))
                .isEqualTo("ops.secretariat");
    }

    @Test
    void with_keycloak_or_in_demo_mode_there_is_nothing_to_set_up() {
        var withKeycloak = new SecretariatSetup(accounts, setups, passwordEncoder, new DemoMode(false), false, clock,
                setupCode);
        var inDemoMode = new SecretariatSetup(accounts, setups, passwordEncoder, new DemoMode(true), true, clock,
                setupCode);
        var transactions = new TransactionTemplate(transactionManager);

        for (var setupThere : List.of(withKeycloak, inDemoMode)) {
            Boolean pending = transactions.execute(status -> setupThere.pending());
            assertThat(pending).isFalse();
            assertThatThrownBy(() -> transactions.executeWithoutResult(status -> setupThere.create(
                    account("ops.secretariat", PASSWORD, PASSWORD))))
                    .isInstanceOf(RefusedException.class);
        }
        assertThat(count("local_account")).isZero();
    }

    /** What the operator types, with the setup code from the log. */
    private SecretariatAccount account(String username, String password, String confirmation) {
        return new SecretariatAccount(username, password, confirmation, setupCode.current());
    }

    private org.springframework.security.core.Authentication signIn(String username, String password) {
        var provider = new DaoAuthenticationProvider(userDetailsService);
        provider.setPasswordEncoder(passwordEncoder);
        return provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password));
    }

    private void demoAccountFromAnEarlierDemo(String username) {
        jdbc.update("INSERT INTO local_account (username, password_hash, is_admin, enabled, demo)"
                        + " VALUES (?, ?, ?, TRUE, TRUE)", username,
                passwordEncoder.encode(LocalAccounts.DEMO_PASSWORD), "admin".equals(username));
    }

    private List<Error> errors(String username, String password, String confirmation) {
        try {
            setup.create(account(username, password, confirmation));
        } catch (InvalidInputException e) {
            return e.errors().stream().map(Error::of).toList();
        }
        throw new AssertionError("accepted: " + username);
    }

    private int count(String table) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Integer.class);
    }

    /** Runs the commands at the same moment, each in its own thread; an exception is returned, not thrown. */
    private static List<Object> atOnce(Callable<?>... commands) throws Exception {
        var barrier = new CyclicBarrier(commands.length);
        var pool = Executors.newFixedThreadPool(commands.length);
        try {
            var futures = new ArrayList<java.util.concurrent.Future<Object>>();
            for (var command : commands) {
                futures.add(pool.submit(() -> {
                    barrier.await(10, TimeUnit.SECONDS);
                    try {
                        return command.call();
                    } catch (RuntimeException e) {
                        return e;
                    }
                }));
            }
            var outcomes = new ArrayList<>();
            for (var future : futures) {
                outcomes.add(future.get(60, TimeUnit.SECONDS));
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    private record Error(String field, String key) {
        static Error of(FieldError error) {
            return new Error(error.field(), error.messageKey());
        }
    }
}
