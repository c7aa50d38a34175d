package org.tonghu.referral;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tonghu.testing.SignedIn.as;

import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.tonghu.child.ChildNotFoundException;
import org.tonghu.organization.OrganizationConnection;
import org.tonghu.organization.OrganizationEdge;
import org.tonghu.organization.OrganizationInput;
import org.tonghu.organization.OrganizationKind;
import org.tonghu.organization.OrganizationService;
import org.tonghu.organization.OrganizationView;
import org.tonghu.regioncode.RegionCode;
import org.tonghu.testing.LocalModeTestResource;
import org.tonghu.testing.TestChildren;
import org.tonghu.testing.TestChildren.TestChild;
import org.tonghu.testing.Tokens;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The organizations a child can be referred to ({@link ReferralService#receiversFor}): every organization whose
 * region contains the child's village, other than the caller's own, by name; called on the service as a demo user.
 */
@QuarkusTest
@QuarkusTestResource(LocalModeTestResource.class)
class ReferralReceiversTest {

    static final String QINSHUI_CIVIL_AFFAIRS = "00000000-0000-4000-8000-000000000106";
    static final String QINSHUI_HEALTH = "00000000-0000-4000-8000-000000000107";
    /** Where {@link TestChildren} live: 沁水演示一镇西村. */
    static final RegionCode VILLAGE = new RegionCode("140521901202");

    @Inject
    ReferralService referrals;

    @Inject
    OrganizationService organizations;

    @Test
    void shouldOfferEveryOrganizationWhoseRegionContainsTheChildsVillageButTheCallersOwnByName() {
        int number = TestChildren.nextNumber();
        OrganizationView township = as("admin", () -> organizations.createOrganization(new OrganizationInput(
                "接收方测试镇" + number, OrganizationKind.NGO, "140521901000", null, null)));
        OrganizationView otherTownship = as("admin", () -> organizations.createOrganization(new OrganizationInput(
                "接收方测试他镇" + number, OrganizationKind.NGO, "140521902000", null, null)));
        OrganizationView otherCounty = as("admin", () -> organizations.createOrganization(new OrganizationInput(
                "接收方测试阳城" + number, OrganizationKind.NGO, "140522000000", null, null)));
        TestChild child = TestChildren.register();

        List<OrganizationView> receivers = as("county.officer", () -> referrals.receiversFor(child.id()));

        List<String> ids = receivers.stream().map(OrganizationView::id).toList();
        assertTrue(ids.containsAll(List.of(QINSHUI_HEALTH, ReferralTest.DISABLED_PERSONS_FEDERATION, township.id())),
                "the county's, the city's and the township's organizations: " + ids);
        assertFalse(ids.contains(QINSHUI_CIVIL_AFFAIRS), "not the caller's own");
        assertFalse(ids.contains(otherTownship.id()), "not another township's");
        assertFalse(ids.contains(otherCounty.id()), "not another county's");
        List<OrganizationView> expected = as("county.officer", this::allOrganizations).stream()
                .filter(organization -> new RegionCode(organization.regionCode()).contains(VILLAGE))
                .filter(organization -> !organization.id().equals(QINSHUI_CIVIL_AFFAIRS)).toList();
        assertEquals(expected.stream().map(OrganizationView::id).toList(), ids,
                "every one, in the organizations list's order (by name)");
    }

    @Test
    void shouldLeaveOutOnlyThePartnersOwnOrganization() {
        TestChild child = TestChildren.register();
        as("county.officer", () -> referrals.referChild(new ReferralInput(child.id(),
                ReferralTest.DISABLED_PERSONS_FEDERATION, NeedCategory.REHABILITATION, "需要康复评估",
                ReferralUrgency.URGENT, ConsentBasis.GUARDIAN_CONSENT)));

        List<String> ids = as("disabled.federation", () -> referrals.receiversFor(child.id())).stream()
                .map(OrganizationView::id).toList();

        assertFalse(ids.contains(ReferralTest.DISABLED_PERSONS_FEDERATION));
        assertTrue(ids.containsAll(List.of(QINSHUI_CIVIL_AFFAIRS, QINSHUI_HEALTH)), ids.toString());
    }

    @Test
    void shouldNotTellAPartnerAboutAChildItDoesNotWorkWith() {
        TestChild child = TestChildren.register();

        assertThrows(ChildNotFoundException.class,
                () -> as("womens.federation", () -> referrals.receiversFor(child.id())));
    }

    /** Every organization, page after page, by name. */
    private List<OrganizationView> allOrganizations() {
        List<OrganizationView> all = new ArrayList<>();
        String after = null;
        OrganizationConnection page;
        do {
            page = organizations.listOrganizations(null, null, null, 100, after);
            page.edges().stream().map(OrganizationEdge::node).forEach(all::add);
            after = page.pageInfo().endCursor();
        } while (page.pageInfo().hasNextPage());
        return all;
    }
}
