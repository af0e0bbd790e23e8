package com.throughline.hypothesis.domain;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.throughline.platform.ConcurrentEditException;
import com.throughline.platform.InvalidInputException;
import com.throughline.platform.NotFoundException;
import com.throughline.platform.audit.AuditLog;
import com.throughline.platform.security.ActiveWorkspace;
import com.throughline.platform.security.SignedInPerson;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hypotheses and their lifecycle. Every rule is checked here, not only in the UI: a
 * transition that is not allowed is refused with a message naming what is missing, and
 * success criteria are locked once testing starts (a changed mind becomes a new
 * hypothesis linked to the old one).
 */
@Service
public class HypothesisService {

	public static final int LEARNING_MAX = 4000;

	private final HypothesisRepository hypotheses;

	private final HypothesisChanges changes;

	private final AuditLog audit;

	private final Clock clock;

	HypothesisService(HypothesisRepository hypotheses, HypothesisChanges changes, AuditLog audit, Clock clock) {
		this.hypotheses = hypotheses;
		this.changes = changes;
		this.audit = audit;
		this.clock = clock;
	}

	@RolesAllowed("VIEWER")
	@Transactional(readOnly = true)
	public List<HypothesisRow> page(HypothesisFilter filter, HypothesisSort sort, boolean ascending, int offset,
			int limit) {
		return hypotheses.page(ActiveWorkspace.tenantId(), filter, sort, ascending, offset, limit);
	}

	@RolesAllowed("VIEWER")
	@Transactional(readOnly = true)
	public int count(HypothesisFilter filter) {
		return hypotheses.count(ActiveWorkspace.tenantId(), filter);
	}

	@RolesAllowed("VIEWER")
	@Transactional(readOnly = true)
	public Hypothesis get(UUID id) {
		return hypotheses.find(ActiveWorkspace.tenantId(), id).orElseThrow(() -> new NotFoundException("Hypothesis"));
	}

	@RolesAllowed("VIEWER")
	@Transactional(readOnly = true)
	public List<Hypothesis> ofProduct(UUID productId) {
		return hypotheses.ofProduct(ActiveWorkspace.tenantId(), productId);
	}

	@RolesAllowed("VIEWER")
	@Transactional(readOnly = true)
	public Map<HypothesisStatus, Integer> countsByStatus() {
		return hypotheses.countsByStatus(ActiveWorkspace.tenantId());
	}

	@RolesAllowed("VIEWER")
	@Transactional(readOnly = true)
	public List<Hypothesis> overdueTests(int limit) {
		return hypotheses.overdue(ActiveWorkspace.tenantId(), LocalDate.now(clock), limit);
	}

	@RolesAllowed("VIEWER")
	@Transactional(readOnly = true)
	public List<Hypothesis> recentLearnings(int limit) {
		return hypotheses.recentlyEnded(ActiveWorkspace.tenantId(), limit);
	}

	/**
	 * @throws InvalidInputException naming the first field that is wrong
	 */
	@RolesAllowed("EDITOR")
	@Transactional
	public Hypothesis create(HypothesisDraft draft) {
		return insert(draft, null);
	}

	/**
	 * Changes a hypothesis in Draft or Ready. A Ready one whose criteria become
	 * incomplete goes back to Draft.
	 * @throws InvalidInputException when the criteria are locked or a field is wrong
	 * @throws ConcurrentEditException when someone saved it since {@code version} was
	 * read
	 */
	@RolesAllowed("EDITOR")
	@Transactional
	public Hypothesis update(UUID id, HypothesisDraft draft, int version) {
		var current = get(id);
		var valid = checked(draft);
		if (current.status().criteriaLocked()) {
			throw new InvalidInputException("statement", "hypothesis.criteria-locked");
		}
		var status = current.status() == HypothesisStatus.READY && valid.missingCriterion().isPresent()
				? HypothesisStatus.DRAFT : current.status();
		if (hypotheses.update(ActiveWorkspace.tenantId(), id, valid, status, version) == 0) {
			throw new ConcurrentEditException("Hypothesis");
		}
		return changed(id, "hypothesis.updated");
	}

	/** Draft → Ready, once metric, baseline, target, deadline and method are all set. */
	@RolesAllowed("EDITOR")
	@Transactional
	public Hypothesis markReady(UUID id, int version) {
		var current = expect(id, HypothesisStatus.DRAFT);
		current.missingCriterion().ifPresent(missing -> {
			throw new InvalidInputException("status", missing);
		});
		return move(current, version, HypothesisStatus.READY, null, null);
	}

	/** Ready → Testing; locks the success criteria. The deadline must not have passed. */
	@RolesAllowed("EDITOR")
	@Transactional
	public Hypothesis startTest(UUID id, int version) {
		var current = expect(id, HypothesisStatus.READY);
		current.missingCriterion().ifPresent(missing -> {
			throw new InvalidInputException("status", missing);
		});
		if (current.deadline() != null && current.deadline().isBefore(LocalDate.now(clock))) {
			throw new InvalidInputException("deadline", "hypothesis.deadline-past");
		}
		return move(current, version, HypothesisStatus.TESTING, null, null);
	}

	/**
	 * Testing → Validated, Invalidated or Inconclusive, with the observed value and what
	 * was learnt. The person confirms the outcome; {@link Hypothesis#meetsTarget} tells
	 * them what the numbers say.
	 */
	@RolesAllowed("EDITOR")
	@Transactional
	public Hypothesis endTest(UUID id, int version, @Nullable BigDecimal observed, @Nullable HypothesisStatus outcome,
			@Nullable String learning) {
		var current = expect(id, HypothesisStatus.TESTING);
		if (observed == null) {
			throw new InvalidInputException("observed", "hypothesis.observed.required");
		}
		HypothesisDraft.checkSize(observed, "observed");
		if (outcome == null || !HypothesisStatus.OUTCOMES.contains(outcome)) {
			throw new InvalidInputException("outcome", "validation.required");
		}
		return move(current, version, outcome, observed, requiredLearning(learning));
	}

	/** Draft, Ready or Testing → Abandoned, saying why. */
	@RolesAllowed("EDITOR")
	@Transactional
	public Hypothesis abandon(UUID id, int version, @Nullable String reason) {
		var current = get(id);
		if (current.status().finished()) {
			throw new InvalidInputException("status", "hypothesis.already-finished");
		}
		return move(current, version, HypothesisStatus.ABANDONED, null, requiredLearning(reason));
	}

	/**
	 * A changed mind about a hypothesis whose criteria are locked: a new Draft with the
	 * same bet, linked to the old one, which stays as it was.
	 */
	@RolesAllowed("EDITOR")
	@Transactional
	public Hypothesis revise(UUID id) {
		var current = get(id);
		if (!current.status().criteriaLocked()) {
			throw new InvalidInputException("status", "hypothesis.edit-instead");
		}
		return insert(current.draft(), id);
	}

	@RolesAllowed("VIEWER")
	@Transactional(readOnly = true)
	public List<Evidence> evidence(UUID hypothesisId) {
		get(hypothesisId);
		return hypotheses.evidence(ActiveWorkspace.tenantId(), hypothesisId);
	}

	@RolesAllowed("EDITOR")
	@Transactional
	public List<Evidence> addEvidence(UUID hypothesisId, EvidenceDraft draft) {
		get(hypothesisId);
		var valid = draft.validated(LocalDate.now(clock));
		hypotheses.insertEvidence(ActiveWorkspace.tenantId(), hypothesisId, valid,
				SignedInPerson.current().orElseThrow().id());
		audit.record("evidence.added", hypothesisId.toString(), valid.kind().name());
		changes.publishEvidenceWhenCommitted(ActiveWorkspace.tenantId(), hypothesisId);
		return hypotheses.evidence(ActiveWorkspace.tenantId(), hypothesisId);
	}

	private Hypothesis insert(HypothesisDraft draft, @Nullable UUID supersedes) {
		var valid = checked(draft);
		UUID id = UUID.randomUUID();
		hypotheses.insert(ActiveWorkspace.tenantId(), id, valid, HypothesisStatus.DRAFT, supersedes);
		return changed(id, supersedes == null ? "hypothesis.created" : "hypothesis.revised");
	}

	private HypothesisDraft checked(HypothesisDraft draft) {
		var valid = draft.validated();
		UUID tenantId = ActiveWorkspace.tenantId();
		if (!hypotheses.productExists(tenantId, valid.productId())) {
			throw new InvalidInputException("product", "validation.required");
		}
		if (valid.theoryId() != null && !hypotheses.theoryOf(tenantId, valid.theoryId(), valid.productId())) {
			throw new InvalidInputException("theory", "hypothesis.theory-of-other-product");
		}
		if (valid.ownerId() != null && !hypotheses.memberOf(tenantId, valid.ownerId())) {
			throw new InvalidInputException("owner", "hypothesis.owner-not-member");
		}
		return valid;
	}

	private Hypothesis expect(UUID id, HypothesisStatus expected) {
		var current = get(id);
		if (current.status() != expected) {
			throw new InvalidInputException("status", "hypothesis.not-" + expected.name().toLowerCase());
		}
		return current;
	}

	private Hypothesis move(Hypothesis current, int version, HypothesisStatus to, @Nullable BigDecimal observed,
			@Nullable String learning) {
		if (hypotheses.transition(ActiveWorkspace.tenantId(), current.id(), version, to, observed, learning) == 0) {
			throw new ConcurrentEditException("Hypothesis");
		}
		return changed(current.id(), "hypothesis." + to.name().toLowerCase());
	}

	private Hypothesis changed(UUID id, String action) {
		var hypothesis = get(id);
		audit.record(action, hypothesis.statement(), hypothesis.status().name());
		changes.publishWhenCommitted(ActiveWorkspace.tenantId(), id);
		return hypothesis;
	}

	private static String requiredLearning(@Nullable String learning) {
		String text = learning == null ? "" : learning.strip();
		if (text.isEmpty()) {
			throw new InvalidInputException("learning", "hypothesis.learning.required");
		}
		if (text.length() > LEARNING_MAX) {
			throw new InvalidInputException("learning", "validation.too-long.max");
		}
		return text;
	}

}
