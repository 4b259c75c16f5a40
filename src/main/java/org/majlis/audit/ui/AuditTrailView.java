package org.majlis.audit.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;
import org.majlis.audit.AuditAction;
import org.majlis.audit.AuditEntrySummary;
import org.majlis.audit.AuditFilter;
import org.majlis.audit.AuditKind;
import org.majlis.audit.AuditService;
import org.majlis.base.Language;
import org.majlis.base.ui.admin.AdminGrids;
import org.majlis.export.Format;
import org.majlis.meetings.EditionService;
import org.majlis.meetings.EditionSummary;
import org.majlis.meetings.RoomService;
import org.majlis.meetings.RoomSummary;
import org.majlis.security.Roles;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The secretariat's audit trail (ADR 0051): who changed what, when, from which account. Filters by account, kind of
 * record, edition and room, period (UTC days) and record id; a paged grid, newest first, read page by page from the
 * database; CSV and XLSX exports of what the filters show, written on the download's own request, not the UI's.
 * Double-clicking an entry filters on its record: "who changed this and when". Other screens may link here with
 * {@code ?kind=ORGANISATION&record=12}. Nothing on this screen writes to the trail.
 */
@Route("admin/audit")
@RolesAllowed(Roles.ADMIN)
@Menu(order = 16, title = "nav.audit-trail", icon = "vaadin:records")
public class AuditTrailView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    static final DateTimeFormatter SHOWN_DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);
    static final DateTimeFormatter SHOWN_TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneOffset.UTC);

    private final AuditService audit;
    private final RoomService rooms;
    private final Grid<AuditEntrySummary> grid = new Grid<>();
    private final ComboBox<String> account = new ComboBox<>();
    private final Select<AuditKind> kind = new Select<>();
    private final Select<EditionSummary> edition = new Select<>();
    private final Select<RoomSummary> room = new Select<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final TextField record = new TextField();
    private final Span count = new Span();
    private final Map<Long, String> roomNames = new HashMap<>();
    /** The filter the grid and the exports use now; read by a download on its own request thread. */
    private volatile AuditFilter filter = AuditFilter.all();

    AuditTrailView(AuditService audit, EditionService editions, RoomService rooms) {
        this.audit = audit;
        this.rooms = rooms;
        addClassName("admin-view");
        setSizeFull();
        setId("audit-view");
        var locale = getLocale();

        account.setId("audit-account");
        account.setLabel(getTranslation("audit.filter.account"));
        account.setPlaceholder(getTranslation("audit.filter.all-accounts"));
        account.setItems(audit.accounts());
        account.setClearButtonVisible(true);

        kind.setId("audit-kind");
        kind.setLabel(getTranslation("audit.filter.kind"));
        kind.setItems(AuditKind.values());
        kind.setEmptySelectionAllowed(true);
        kind.setEmptySelectionCaption(getTranslation("audit.filter.all-kinds"));
        kind.setItemLabelGenerator(k -> k == null ? getTranslation("audit.filter.all-kinds")
                : getTranslation("audit.kind." + k.name()));

        var allEditions = editions.list().stream().sorted(Comparator.comparingInt(EditionSummary::number).reversed())
                .toList();
        for (var each : allEditions) {
            rooms.rooms(each.id()).forEach(r -> roomNames.put(r.id(), r.title().in(locale)));
        }
        edition.setId("audit-edition");
        edition.setLabel(getTranslation("audit.filter.edition"));
        edition.setItems(allEditions);
        edition.setEmptySelectionAllowed(true);
        edition.setEmptySelectionCaption(getTranslation("audit.filter.all-editions"));
        edition.setItemLabelGenerator(e -> e == null ? getTranslation("audit.filter.all-editions")
                : getTranslation("admin.editions.label", e.number(), e.city().in(locale),
                        String.valueOf(e.startDate().getYear())));

        room.setId("audit-room");
        room.setLabel(getTranslation("audit.filter.room"));
        room.setEmptySelectionAllowed(true);
        room.setEmptySelectionCaption(getTranslation("audit.filter.all-rooms"));
        room.setItemLabelGenerator(r -> r == null ? getTranslation("audit.filter.all-rooms") : r.title().in(locale));
        room.setEnabled(false);

        for (var picker : List.of(from, to)) {
            picker.setLocale(locale);
            picker.setClearButtonVisible(true);
            if (Language.of(locale).isRightToLeft()) {
                // as in the edition dialog: the JDK's Arabic date pattern scrambles typed dates; plain digits
                picker.setI18n(new DatePicker.DatePickerI18n().setDateFormat("dd/MM/yyyy"));
            }
        }
        from.setId("audit-from");
        from.setLabel(getTranslation("audit.filter.from"));
        to.setId("audit-to");
        to.setLabel(getTranslation("audit.filter.to"));

        record.setId("audit-record");
        record.setLabel(getTranslation("audit.filter.record"));
        record.setAllowedCharPattern("[0-9]");
        record.setMaxLength(18);
        record.setValueChangeMode(ValueChangeMode.LAZY);
        record.setClearButtonVisible(true);
        record.setWidth("10rem");

        var clear = new Button(getTranslation("audit.filter.clear"), VaadinIcon.CLOSE_SMALL.create(),
                click -> clearFilters());
        clear.setId("audit-clear");
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

        var language = Language.of(locale);
        var csv = download(Format.CSV, language, "audit.export.csv");
        csv.setId("audit-export-csv");
        var xlsx = download(Format.XLSX, language, "audit.export.xlsx");
        xlsx.setId("audit-export-xlsx");
        count.setId("audit-count");

        grid.setId("audit-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        // times, codes and details ("field: old → new") read left to right in Arabic too: reordered, they mislead
        grid.addColumn(LitRenderer.<AuditEntrySummary>of("<span dir=\"ltr\">${item.day}<br>${item.time}</span>")
                        .withProperty("day", e -> SHOWN_DAY.format(e.at()))
                        .withProperty("time", e -> SHOWN_TIME.format(e.at())))
                .setHeader(getTranslation("audit.column.at")).setKey("at").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(LitRenderer.<AuditEntrySummary>of("<span dir=\"auto\">${item.name}</span>"
                        + "<br><small dir=\"ltr\">${item.account}</small>")
                        .withProperty("name", AuditEntrySummary::actorName)
                        .withProperty("account", e -> e.actorUsername() + " · "
                                + getTranslation("audit.actor-kind." + e.actorKind().name())))
                .setHeader(getTranslation("audit.column.account")).setKey("account").setWidth("10rem")
                .setFlexGrow(0);
        grid.addColumn(e -> getTranslation("audit.kind." + e.kind().name()))
                .setHeader(getTranslation("audit.column.kind")).setKey("kind").setWidth("9rem").setFlexGrow(0);
        grid.addColumn(e -> e.recordId() == null ? "" : String.valueOf(e.recordId()))
                .setHeader(getTranslation("audit.column.record")).setKey("record").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(e -> AuditAction.of(e.action()).map(a -> getTranslation(a.labelKey())).orElse(e.action()))
                .setHeader(getTranslation("audit.column.action")).setKey("action").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(this::roomName).setHeader(getTranslation("audit.filter.room")).setKey("room")
                .setWidth("7rem").setFlexGrow(0);
        grid.addColumn(LitRenderer.<AuditEntrySummary>of("<span dir=\"ltr\">${item.detail}</span>")
                        .withProperty("detail", AuditEntrySummary::detail))
                .setHeader(getTranslation("audit.column.detail")).setKey("detail").setWidth("14rem").setFlexGrow(1);
        grid.setEmptyStateText(getTranslation("audit.empty"));
        grid.setMinHeight("20rem");
        grid.addItemDoubleClickListener(event -> showHistoryOf(event.getItem()));

        var intro = new Paragraph(getTranslation("audit.intro"));
        intro.addClassName("admin-intro");
        add(new H2(getTranslation("audit.title")), intro,
                AdminGrids.toolbar(account, kind, edition, room, from, to, record, clear),
                AdminGrids.toolbar(count, csv, xlsx), grid);
        setFlexGrow(1, grid);

        edition.addValueChangeListener(event -> {
            room.clear();
            var chosen = event.getValue();
            room.setItems(chosen == null ? List.of() : rooms.rooms(chosen.id()));
            room.setEnabled(chosen != null);
            applyFilter();
        });
        account.addValueChangeListener(event -> applyFilter());
        kind.addValueChangeListener(event -> applyFilter());
        room.addValueChangeListener(event -> applyFilter());
        from.addValueChangeListener(event -> applyFilter());
        to.addValueChangeListener(event -> applyFilter());
        record.addValueChangeListener(event -> applyFilter());
        applyFilter();
    }

    /** "?kind=ORGANISATION&record=12": opens on one record's history. Unknown values are ignored. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters();
        parameters.getSingleParameter("kind").ifPresent(value -> {
            try {
                kind.setValue(AuditKind.valueOf(value));
            } catch (IllegalArgumentException unknown) {
                // not a kind: the filter stays open
            }
        });
        parameters.getSingleParameter("record").filter(value -> value.matches("[0-9]{1,18}"))
                .ifPresent(record::setValue);
    }

    private Anchor download(Format format, Language language, String key) {
        var anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            var bytes = audit.export(filter, format, language);
            return new DownloadResponse(new ByteArrayInputStream(bytes), "audit-trail." + format.extension(),
                    format.mediaType(), bytes.length);
        }), getTranslation(key));
        anchor.getElement().setAttribute("download", true);
        anchor.addClassName("audit-export");
        return anchor;
    }

    private void showHistoryOf(AuditEntrySummary entry) {
        kind.setValue(entry.kind());
        record.setValue(entry.recordId() == null ? "" : String.valueOf(entry.recordId()));
    }

    private void clearFilters() {
        account.clear();
        kind.clear();
        edition.clear();
        from.clear();
        to.clear();
        record.clear();
    }

    private void applyFilter() {
        var current = new AuditFilter(account.getValue(), kind.getValue(),
                edition.getValue() == null ? null : edition.getValue().id(),
                room.getValue() == null ? null : room.getValue().id(),
                startOf(from.getValue()), to.getValue() == null ? null : startOf(to.getValue().plusDays(1)),
                recordId());
        filter = current;
        var total = audit.count(current);
        count.setText(getTranslation("audit.count", total));
        grid.setItems(new CallbackDataProvider<AuditEntrySummary, Void>(
                query -> audit.entries(current, query.getOffset(), query.getLimit()).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, total)));
    }

    private @Nullable Long recordId() {
        var value = record.getValue() == null ? "" : record.getValue().strip();
        return value.isEmpty() ? null : Long.valueOf(value);
    }

    private static java.time.@Nullable Instant startOf(@Nullable LocalDate day) {
        return day == null ? null : day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    private String roomName(AuditEntrySummary entry) {
        if (entry.roomId() == null) {
            return "";
        }
        var name = roomNames.get(entry.roomId());
        return name == null ? "#" + entry.roomId() : name;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.page-title");
    }
}
