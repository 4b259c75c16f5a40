package org.majlis.meetings;

import org.junit.jupiter.api.Test;
import org.majlis.MajlisSpringTest;
import org.majlis.base.LocalizedText;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Everyone signed in reads the organisations; only the secretariat creates, changes and deletes them. */
@MajlisSpringTest
class OrganisationServiceTest {

    @Autowired
    OrganisationService organisations;
    @Autowired
    JdbcTemplate jdbc;

    private int organisationCount() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM organisation", Integer.class);
    }

    private OrganisationSummary sesric() {
        return organisations.list().stream().filter(o -> "SESRIC".equals(o.acronym().en())).findFirst()
                .orElseThrow();
    }

    @Test
    @WithMockUser(username = "eco.fao", roles = "USER")
    void a_delegate_cannot_create_an_organisation() {
        var before = organisationCount();
        assertThatThrownBy(() -> organisations.create(new OrganisationData(OrganisationFamily.OTHER,
                LocalizedText.of("Friends of FAO", null, null), LocalizedText.of("FOF", null, null), null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(organisationCount()).isEqualTo(before);
    }

    @Test
    @WithMockUser(username = "eco.fao", roles = "USER")
    void a_delegate_cannot_rename_an_organisation() {
        var sesric = sesric();
        assertThatThrownBy(() -> organisations.update(sesric.id(), sesric.version(), new OrganisationData(
                sesric.family(), LocalizedText.of("Renamed", null, null), sesric.acronym(), null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(organisations.get(sesric.id())).isEqualTo(sesric);
    }

    @Test
    @WithMockUser(username = "pol.chair.oic", roles = "USER")
    void a_chair_cannot_delete_an_organisation() {
        var unused = jdbc.queryForObject("SELECT o.id FROM organisation o WHERE o.family = 'MEMBER_STATE'"
                + " AND NOT EXISTS (SELECT 1 FROM participant p WHERE p.organisation_id = o.id)"
                + " AND NOT EXISTS (SELECT 1 FROM edition e WHERE e.host_id = o.id) LIMIT 1", Long.class);
        var before = organisationCount();
        assertThatThrownBy(() -> organisations.delete(unused, 0)).isInstanceOf(AccessDeniedException.class);
        assertThat(organisationCount()).isEqualTo(before);
    }

    @Test
    @WithAnonymousUser
    void no_one_signed_out_reads_the_organisations() {
        assertThatThrownBy(() -> organisations.list()).isInstanceOf(AccessDeniedException.class);
    }
}
