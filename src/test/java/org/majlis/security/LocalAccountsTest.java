package org.majlis.security;

import org.junit.jupiter.api.Test;
import org.majlis.MajlisSpringTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The sign-in page may list the demo accounts to anyone; only the secretariat (the seeder) creates accounts. */
@MajlisSpringTest
class LocalAccountsTest {

    @Autowired
    LocalAccounts accounts;

    @Test
    @WithAnonymousUser
    void anyone_on_the_sign_in_page_sees_the_demo_accounts() {
        assertThat(accounts.demoAccounts()).extracting(LocalAccounts.DemoAccount::username)
                .contains("admin", "pol.chair.un", "eco.fao", "csh.observer");
        assertThat(accounts.demoAccounts()).filteredOn(LocalAccounts.DemoAccount::admin)
                .extracting(LocalAccounts.DemoAccount::username).containsExactly("admin");
    }

    @Test
    void the_demo_accounts_are_listed_even_where_no_security_context_is_set() {
        // e.g. a view test that builds the sign-in page without a request
        assertThat(accounts.demoAccounts()).isNotEmpty();
    }

    @Test
    @WithMockUser("eco.fao")
    void a_participant_cannot_create_an_account() {
        assertThatThrownBy(() -> accounts.createDemoAccount("intruder", true))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(accounts.demoAccounts()).extracting(LocalAccounts.DemoAccount::username)
                .doesNotContain("intruder");
    }

    @Test
    @WithAnonymousUser
    void nobody_signed_out_can_create_an_account() {
        assertThatThrownBy(() -> accounts.createDemoAccount("anonymous.admin", true))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(accounts.demoAccounts()).extracting(LocalAccounts.DemoAccount::username)
                .doesNotContain("anonymous.admin");
    }

    @Test
    @WithMockUser(username = "admin", roles = {"USER", "ADMIN"})
    void an_account_name_is_stored_without_invisible_or_reordering_characters() {
        accounts.createDemoAccount(" demo\u202E.\u200Bclean ", false);
        assertThat(accounts.demoAccounts()).extracting(LocalAccounts.DemoAccount::username)
                .contains("demo.clean").noneMatch(name -> name.contains("\u202E"));
    }
}
