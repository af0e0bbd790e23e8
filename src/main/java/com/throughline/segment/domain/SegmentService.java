package com.throughline.segment.domain;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.throughline.platform.ConcurrentEditException;
import com.throughline.platform.InvalidInputException;
import com.throughline.platform.NotFoundException;
import com.throughline.platform.audit.AuditLog;
import com.throughline.platform.security.ActiveWorkspace;
import jakarta.annotation.security.RolesAllowed;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Segment definitions: read by everyone in the workspace (they are meant to be shared
 * widely), written by editors. Archived segments stay readable and keep their links.
 */
@Service
public class SegmentService {

	private final SegmentRepository segments;

	private final AuditLog audit;

	SegmentService(SegmentRepository segments, AuditLog audit) {
		this.segments = segments;
		this.audit = audit;
	}

	@RolesAllowed("VIEWER")
	@Transactional(readOnly = true)
	public List<Segment> segments(boolean includeArchived) {
		return segments.all(ActiveWorkspace.tenantId(), includeArchived);
	}

	@RolesAllowed("VIEWER")
	@Transactional(readOnly = true)
	public Segment get(UUID id) {
		return segments.find(ActiveWorkspace.tenantId(), id).orElseThrow(() -> new NotFoundException("Segment"));
	}

	/**
	 * @throws InvalidInputException naming the first field that is wrong, or a duplicate
	 * name
	 */
	@RolesAllowed("EDITOR")
	@Transactional
	public Segment create(SegmentDraft draft) {
		var valid = checked(draft, null);
		UUID id = UUID.randomUUID();
		try {
			segments.insert(ActiveWorkspace.tenantId(), id, valid);
		}
		catch (DuplicateKeyException raced) {
			throw new InvalidInputException("name", "segment.name-taken");
		}
		audit.record("segment.created", valid.name(), valid.tier().name());
		return get(id);
	}

	@RolesAllowed("EDITOR")
	@Transactional
	public Segment update(UUID id, SegmentDraft draft, int version) {
		get(id);
		var valid = checked(draft, id);
		if (segments.update(ActiveWorkspace.tenantId(), id, valid, version) == 0) {
			throw new ConcurrentEditException("Segment");
		}
		audit.record("segment.updated", valid.name(), null);
		return get(id);
	}

	/**
	 * A copy named "<name> (copy)" (or "(copy 2)" …), to start a similar segment from.
	 */
	@RolesAllowed("EDITOR")
	@Transactional
	public Segment duplicate(UUID id, String copySuffix) {
		var original = get(id);
		UUID tenantId = ActiveWorkspace.tenantId();
		String name = copyName(original.name(), copySuffix, 1);
		for (int n = 2; segments.nameTaken(tenantId, name, id); n++) {
			name = copyName(original.name(), copySuffix, n);
		}
		var draft = original.draft();
		return create(new SegmentDraft(draft.productId(), name, draft.description(), draft.tier(), draft.criteria(),
				draft.personas(), draft.economics(), draft.userEvaluation(), draft.buyerScorecard()));
	}

	/**
	 * "Name (copy)", "Name (copy) 2" …, shortening the name so the whole stays within
	 * 200.
	 */
	static String copyName(String name, String suffix, int n) {
		String tail = " " + suffix + (n > 1 ? " " + n : "");
		return name.substring(0, Math.min(name.length(), 200 - tail.length())).strip() + tail;
	}

	@RolesAllowed("EDITOR")
	@Transactional
	public Segment setArchived(UUID id, boolean archived, int version) {
		var segment = get(id);
		if (segments.setArchived(ActiveWorkspace.tenantId(), id, archived, version) == 0) {
			throw new ConcurrentEditException("Segment");
		}
		audit.record(archived ? "segment.archived" : "segment.restored", segment.name(), null);
		return get(id);
	}

	@RolesAllowed("VIEWER")
	@Transactional(readOnly = true)
	public SalesThresholds thresholds() {
		return segments.thresholds(ActiveWorkspace.tenantId());
	}

	@RolesAllowed("ADMIN")
	@Transactional
	public SalesThresholds updateThresholds(SalesThresholds thresholds) {
		var valid = thresholds.validated();
		if (segments.updateThresholds(ActiveWorkspace.tenantId(), valid) == 0) {
			throw new ConcurrentEditException("Thresholds");
		}
		audit.record("segment.thresholds-changed", valid.selfServeBelow() + " / " + valid.fieldSalesFrom(), null);
		return thresholds();
	}

	@RolesAllowed("VIEWER")
	@Transactional(readOnly = true)
	public String currency() {
		return segments.currency(ActiveWorkspace.tenantId());
	}

	/**
	 * Which active segments a prospect with these observable facts qualifies for, best
	 * fit first.
	 */
	@RolesAllowed("VIEWER")
	@Transactional(readOnly = true)
	public List<Qualification> qualify(Map<String, String> facts) {
		return segments(false).stream()
			.map(segment -> Qualification.of(segment, facts))
			.sorted((a, b) -> Boolean.compare(b.qualifies(), a.qualifies()) != 0
					? Boolean.compare(b.qualifies(), a.qualifies()) : Integer.compare(b.met().size(), a.met().size()))
			.toList();
	}

	/** The hypotheses tagged with a segment, as (id, statement) pairs, newest first. */
	@RolesAllowed("VIEWER")
	@Transactional(readOnly = true)
	public List<Map.Entry<UUID, String>> linkedHypotheses(UUID segmentId) {
		get(segmentId);
		return segments.hypothesesOf(ActiveWorkspace.tenantId(), segmentId)
			.stream()
			.map(r -> Map.entry(r.value1(), r.value2()))
			.toList();
	}

	@RolesAllowed("VIEWER")
	@Transactional(readOnly = true)
	public List<UUID> segmentsOfHypothesis(UUID hypothesisId) {
		return segments.segmentsOf(ActiveWorkspace.tenantId(), hypothesisId);
	}

	/**
	 * Replaces the segments a hypothesis is tagged with; every segment must be of this
	 * workspace.
	 */
	@RolesAllowed("EDITOR")
	@Transactional
	public void tagHypothesis(UUID hypothesisId, Collection<UUID> segmentIds) {
		UUID tenantId = ActiveWorkspace.tenantId();
		if (!segments.hypothesisExists(tenantId, hypothesisId)) {
			throw new NotFoundException("Hypothesis");
		}
		segmentIds.forEach(this::get);
		segments.tag(tenantId, hypothesisId, segmentIds);
		audit.record("segment.tagged", hypothesisId.toString(), segmentIds.size() + "");
	}

	/** The roadmap items tagged with a segment, as (id, title) pairs. */
	@RolesAllowed("VIEWER")
	@Transactional(readOnly = true)
	public List<Map.Entry<UUID, String>> linkedRoadmapItems(UUID segmentId) {
		get(segmentId);
		return segments.roadmapItemsOf(ActiveWorkspace.tenantId(), segmentId)
			.stream()
			.map(r -> Map.entry(r.value1(), r.value2()))
			.toList();
	}

	@RolesAllowed("VIEWER")
	@Transactional(readOnly = true)
	public List<UUID> segmentsOfRoadmapItem(UUID itemId) {
		return segments.segmentsOfRoadmapItem(ActiveWorkspace.tenantId(), itemId);
	}

	/**
	 * Replaces the segments a roadmap item is for; every segment must be of this
	 * workspace.
	 */
	@RolesAllowed("EDITOR")
	@Transactional
	public void tagRoadmapItem(UUID itemId, Collection<UUID> segmentIds) {
		UUID tenantId = ActiveWorkspace.tenantId();
		if (!segments.roadmapItemExists(tenantId, itemId)) {
			throw new NotFoundException("Roadmap item");
		}
		segmentIds.forEach(this::get);
		segments.tagRoadmapItem(tenantId, itemId, segmentIds);
		audit.record("segment.tagged", itemId.toString(), segmentIds.size() + "");
	}

	private SegmentDraft checked(SegmentDraft draft, UUID existing) {
		var valid = draft.validated();
		UUID tenantId = ActiveWorkspace.tenantId();
		if (segments.nameTaken(tenantId, valid.name(), existing == null ? UUID.randomUUID() : existing)) {
			throw new InvalidInputException("name", "segment.name-taken");
		}
		if (valid.productId() != null && !segments.productExists(tenantId, valid.productId())) {
			throw new InvalidInputException("product", "validation.required");
		}
		return valid;
	}

}
