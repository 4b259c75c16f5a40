package org.majlis.demo;

import org.majlis.meetings.RoomKind;
import org.majlis.meetings.RoomRole;

import java.util.List;
import java.util.Map;

/**
 * Demo people (fictional names) for every role. Each signs in with their username and the demo password. The
 * roles are for the 16th edition (Astana 2024); some also held roles at the 15th (Geneva 2022).
 */
final class DemoPeople {

    record Person(String username, String fullName, String organisation, String positionTitle,
                  Map<RoomKind, RoomRole> astana, Map<RoomKind, RoomRole> geneva) {
    }

    static final String ADMIN = "admin";

    static final List<Person> ALL = List.of(
            new Person(ADMIN, "Mariam Touré", "OIC", "Secretariat, Department of Cooperation", Map.of(), Map.of()),
            // Opening plenary co-chairs
            new Person("un.asg", "Daniel Okafor", "DPPA", "Assistant Secretary-General",
                    Map.of(RoomKind.PLENARY, RoomRole.CHAIR), Map.of(RoomKind.PLENARY, RoomRole.CHAIR)),
            new Person("oic.asg", "Hassan Al-Amin", "OIC", "Assistant Secretary-General",
                    Map.of(RoomKind.PLENARY, RoomRole.CHAIR), Map.of(RoomKind.PLENARY, RoomRole.CHAIR)),
            // Cooperation on Political Issues
            new Person("pol.chair.un", "Sophie Martin", "DPPA", "Director, Middle East and Asia-Pacific",
                    working(RoomKind.POLITICAL, RoomRole.CHAIR), Map.of()),
            new Person("pol.chair.oic", "Tariq Mahmood", "OIC", "Director, Political Affairs",
                    working(RoomKind.POLITICAL, RoomRole.CHAIR), Map.of()),
            new Person("pol.rapporteur", "Leila Haddad", "OIC", "Political Affairs Officer",
                    working(RoomKind.POLITICAL, RoomRole.RAPPORTEUR), working(RoomKind.POLITICAL, RoomRole.DELEGATE)),
            new Person("pol.undp", "Carlos Mendes", "UNDP", "Governance Adviser",
                    working(RoomKind.POLITICAL, RoomRole.DELEGATE), Map.of()),
            new Person("pol.unhcr", "Aisha Rahman", "UNHCR", "Senior Liaison Officer",
                    working(RoomKind.POLITICAL, RoomRole.DELEGATE), Map.of()),
            new Person("pol.iphrc", "Ibrahim Sall", "IPHRC", "Commissioner",
                    working(RoomKind.POLITICAL, RoomRole.DELEGATE), Map.of()),
            new Person("pol.observer", "Nurlan Seitkali", "KZ", "Ministry of Foreign Affairs",
                    observer(RoomKind.POLITICAL), Map.of()),
            // Cooperation on Economic and Scientific Issues
            new Person("eco.chair.un", "Elena Petrova", "UNDP", "Assistant Administrator",
                    working(RoomKind.ECONOMIC_SCIENTIFIC, RoomRole.CHAIR), Map.of()),
            new Person("eco.chair.oic", "Yusuf Karimov", "OIC", "Director, Economic Affairs",
                    working(RoomKind.ECONOMIC_SCIENTIFIC, RoomRole.CHAIR),
                    working(RoomKind.ECONOMIC_SCIENTIFIC, RoomRole.RAPPORTEUR)),
            new Person("eco.rapporteur", "Kemal Aydın", "SESRIC", "Director, Training and Technical Cooperation",
                    working(RoomKind.ECONOMIC_SCIENTIFIC, RoomRole.RAPPORTEUR), Map.of()),
            new Person("eco.fao", "Jean-Marc Lefèvre", "FAO", "Senior Partnerships Officer",
                    working(RoomKind.ECONOMIC_SCIENTIFIC, RoomRole.DELEGATE),
                    working(RoomKind.ECONOMIC_SCIENTIFIC, RoomRole.DELEGATE)),
            new Person("eco.iofs", "Farida Nurmagambetova", "IOFS", "Head of Programmes",
                    working(RoomKind.ECONOMIC_SCIENTIFIC, RoomRole.DELEGATE), Map.of()),
            new Person("eco.isdb", "Ahmed Youssef", "IsDB", "Lead Cooperation Specialist",
                    working(RoomKind.ECONOMIC_SCIENTIFIC, RoomRole.DELEGATE),
                    working(RoomKind.ECONOMIC_SCIENTIFIC, RoomRole.DELEGATE)),
            new Person("eco.ilo", "Peter Hansen", "ILO", "Senior Specialist, Skills",
                    working(RoomKind.ECONOMIC_SCIENTIFIC, RoomRole.DELEGATE), Map.of()),
            new Person("eco.observer", "Mehmet Yılmaz", "TR", "Permanent Mission",
                    observer(RoomKind.ECONOMIC_SCIENTIFIC), Map.of()),
            // Cooperation on Cultural, Social and Humanitarian Issues
            new Person("csh.chair.un", "Amina Diallo", "OCHA", "Director, Coordination Division",
                    working(RoomKind.CULTURAL_SOCIAL_HUMANITARIAN, RoomRole.CHAIR), Map.of()),
            new Person("csh.chair.oic", "Omar Farouk", "OIC", "Director, Humanitarian Affairs",
                    working(RoomKind.CULTURAL_SOCIAL_HUMANITARIAN, RoomRole.CHAIR), Map.of()),
            new Person("csh.rapporteur", "Fatima Zahra Benali", "ICESCO", "Programme Specialist",
                    working(RoomKind.CULTURAL_SOCIAL_HUMANITARIAN, RoomRole.RAPPORTEUR), Map.of()),
            new Person("csh.unesco", "Lucas Moreau", "UNESCO", "Culture Programme Specialist",
                    working(RoomKind.CULTURAL_SOCIAL_HUMANITARIAN, RoomRole.DELEGATE), Map.of()),
            new Person("csh.ircica", "Noura Al-Khatib", "IRCICA", "Researcher",
                    working(RoomKind.CULTURAL_SOCIAL_HUMANITARIAN, RoomRole.DELEGATE),
                    working(RoomKind.CULTURAL_SOCIAL_HUMANITARIAN, RoomRole.DELEGATE)),
            new Person("csh.unrwa", "Zainab Bello", "UNRWA", "External Relations Officer",
                    working(RoomKind.CULTURAL_SOCIAL_HUMANITARIAN, RoomRole.DELEGATE), Map.of()),
            new Person("csh.observer", "Aïssatou Ndiaye", "SN", "Ministry of Foreign Affairs",
                    observer(RoomKind.CULTURAL_SOCIAL_HUMANITARIAN), Map.of()));

    private DemoPeople() {
    }

    /** A role in a working session; the same person follows the opening plenary (chairs and others as delegates). */
    private static Map<RoomKind, RoomRole> working(RoomKind room, RoomRole role) {
        return Map.of(room, role, RoomKind.PLENARY, RoomRole.DELEGATE);
    }

    private static Map<RoomKind, RoomRole> observer(RoomKind room) {
        return Map.of(room, RoomRole.OBSERVER, RoomKind.PLENARY, RoomRole.OBSERVER);
    }
}
