package org.majlis.api.internal;

import io.swagger.v3.oas.annotations.Hidden;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The read API, version 1: GET only, JSON, pages of at most {@code majlis.api.rate-limit.max-page-size} items.
 * Every answer has an ETag ({@link ApiWebConfiguration}); every refusal is a problem detail ({@link ApiProblems}).
 * What each caller sees is {@link ApiReader}'s rule.
 */
@RestController
@RequestMapping(value = ApiV1Controller.PATH, produces = "application/json")
@Tag(name = "Majlis read API v1")
@ApiResponse(responseCode = "400", description = "A bad filter or paging parameter",
        content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
@ApiResponse(responseCode = "401", description = "No bearer token, or an unknown, revoked or expired one",
        content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
@ApiResponse(responseCode = "403", description = "The token's user may not read this room",
        content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
@ApiResponse(responseCode = "404", description = "Nothing here for this token (missing, a draft, an unpublished record)",
        content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
@ApiResponse(responseCode = "429", description = "Too many requests with this token: wait Retry-After seconds",
        content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
@ApiResponse(responseCode = "304", description = "Not modified: the If-None-Match ETag is still current")
class ApiV1Controller {

    static final String PATH = "/api/v1";
    private static final String PAGE = "Page number, from 0 (default 0)";
    private static final String SIZE = "Items per page, 1 to majlis.api.rate-limit.max-page-size (200 by default);"
            + " default 50";

    private final ApiReader reader;
    private final ApiSettings settings;

    ApiV1Controller(ApiReader reader, ApiSettings settings) {
        this.reader = reader;
        this.settings = settings;
    }

    @GetMapping("/editions")
    @ApiResponse(responseCode = "200", description = "OK", useReturnTypeSchema = true)
    @Operation(summary = "Editions of the General Meeting, newest first")
    ApiModels.Page<ApiModels.Edition> editions(@Parameter(description = PAGE) @RequestParam(required = false) @Nullable String page,
                                               @Parameter(description = SIZE) @RequestParam(required = false) @Nullable String size) {
        var query = queries();
        var pageNumber = query.page(page);
        var pageSize = query.size(size);
        query.check();
        return ApiQueries.page(reader.editions(), pageNumber, pageSize);
    }

    @GetMapping("/editions/{id}")
    @ApiResponse(responseCode = "200", description = "OK", useReturnTypeSchema = true)
    @Operation(summary = "One edition")
    ApiModels.Edition edition(@PathVariable long id) {
        return reader.edition(id);
    }

    @GetMapping("/rooms")
    @ApiResponse(responseCode = "200", description = "OK", useReturnTypeSchema = true)
    @Operation(summary = "Rooms the caller may read, by edition and position",
            description = "An API token reads every room; a Keycloak token the rooms its user takes part in (every"
                    + " room for the secretariat).")
    ApiModels.Page<ApiModels.Room> rooms(
            @Parameter(description = "Only this edition's rooms") @RequestParam(required = false) @Nullable String edition,
            @Parameter(description = PAGE) @RequestParam(required = false) @Nullable String page,
            @Parameter(description = SIZE) @RequestParam(required = false) @Nullable String size) {
        var query = queries();
        var editionId = query.id("edition", edition);
        var pageNumber = query.page(page);
        var pageSize = query.size(size);
        query.check();
        return ApiQueries.page(reader.rooms(editionId), pageNumber, pageSize);
    }

    @GetMapping("/rooms/{id}")
    @ApiResponse(responseCode = "200", description = "OK", useReturnTypeSchema = true)
    @Operation(summary = "One room")
    ApiModels.Room room(@PathVariable long id) {
        return reader.room(id);
    }

    @GetMapping("/rooms/{id}/agenda")
    @ApiResponse(responseCode = "200", description = "OK", useReturnTypeSchema = true)
    @Operation(summary = "The room's agenda, in order, with what happened to each item")
    ApiModels.Agenda agenda(@PathVariable long id) {
        return reader.agenda(id);
    }

    @GetMapping("/rooms/{id}/record")
    @ApiResponse(responseCode = "200", description = "OK", useReturnTypeSchema = true)
    @Operation(summary = "The room's record: who spoke, for which organisation, on which item, when and how long",
            description = "An API token without the drafts scope reads it once the room's report is adopted"
                    + " (404 before).")
    ApiModels.RoomRecord record(@PathVariable long id) {
        return reader.record(id);
    }

    @GetMapping("/organisations")
    @ApiResponse(responseCode = "200", description = "OK", useReturnTypeSchema = true)
    @Operation(summary = "UN entities, OIC institutions, member states and other organisations")
    ApiModels.Page<ApiModels.Organisation> organisations(
            @Parameter(description = "UN, OIC, MEMBER_STATE or OTHER") @RequestParam(required = false) @Nullable String family,
            @Parameter(description = PAGE) @RequestParam(required = false) @Nullable String page,
            @Parameter(description = SIZE) @RequestParam(required = false) @Nullable String size) {
        var query = queries();
        var wanted = query.family("family", family);
        var pageNumber = query.page(page);
        var pageSize = query.size(size);
        query.check();
        return ApiQueries.page(reader.organisations(wanted), pageNumber, pageSize);
    }

    @GetMapping("/organisations/{id}")
    @ApiResponse(responseCode = "200", description = "OK", useReturnTypeSchema = true)
    @Operation(summary = "One organisation")
    ApiModels.Organisation organisation(@PathVariable long id) {
        return reader.organisation(id);
    }

    @GetMapping("/matrix-entries")
    @ApiResponse(responseCode = "200", description = "OK", useReturnTypeSchema = true)
    @Operation(summary = "Entries of the matrix of joint activities with their review status",
            description = "An API token without the drafts scope sees adopted entries only; a Keycloak token sees"
                    + " what its user sees on the rooms' Matrix tabs.")
    ApiModels.Page<ApiModels.MatrixEntry> entries(
            @Parameter(description = "Only this edition") @RequestParam(required = false) @Nullable String edition,
            @Parameter(description = "Only this room") @RequestParam(required = false) @Nullable String room,
            @Parameter(description = "DRAFT, SUBMITTED, ADOPTED, RETURNED or WITHDRAWN")
            @RequestParam(required = false) @Nullable String status,
            @Parameter(description = "Only entries this organisation leads or joins (id)")
            @RequestParam(required = false) @Nullable String organisation,
            @Parameter(description = "Only entries for this SDG (1–17)") @RequestParam(required = false) @Nullable String sdg,
            @Parameter(description = "Only entries changed at or after this instant or date (UTC)")
            @RequestParam(required = false) @Nullable String updatedSince,
            @Parameter(description = PAGE) @RequestParam(required = false) @Nullable String page,
            @Parameter(description = SIZE) @RequestParam(required = false) @Nullable String size) {
        var query = queries();
        var filter = new ApiReader.EntryQuery(query.id("edition", edition), query.id("room", room),
                query.status("status", status), query.id("organisation", organisation), query.sdg("sdg", sdg),
                query.since("updatedSince", updatedSince));
        var pageNumber = query.page(page);
        var pageSize = query.size(size);
        query.check();
        return ApiQueries.page(reader.entries(filter), pageNumber, pageSize);
    }

    @GetMapping("/matrix-entries/{id}")
    @ApiResponse(responseCode = "200", description = "OK", useReturnTypeSchema = true)
    @Operation(summary = "One matrix entry")
    ApiModels.MatrixEntry entry(@PathVariable long id) {
        return reader.entry(id);
    }

    /** Any other address under the API: a 404 problem rather than the pages' "not found". */
    @Hidden
    @RequestMapping("/**")
    ApiModels.Page<Object> unknown(HttpServletRequest request) {
        throw new ApiNotFoundException("No such resource: " + request.getRequestURI());
    }

    private ApiQueries queries() {
        return new ApiQueries(settings.maxPageSize());
    }
}
