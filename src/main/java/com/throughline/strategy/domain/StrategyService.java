package com.throughline.strategy.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.throughline.platform.ConcurrentEditException;
import com.throughline.platform.InvalidInputException;
import com.throughline.platform.NotFoundException;
import com.throughline.platform.audit.AuditLog;
import com.throughline.platform.security.ActiveWorkspace;
import com.throughline.platform.security.SignedInPerson;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Products and their strategy: the vision and DHM (every save a new version), the GLEe
 * phases and the strategy theories. Everyone in the workspace reads; editors and admins
 * write.
 */
@Service
public class StrategyService {

	private final StrategyRepository repository;

	private final AuditLog audit;

	StrategyService(StrategyRepository repository, AuditLog audit) {
		this.repository = repository;
		this.audit = audit;
	}

	@RolesAllowed("VIEWER")
	@Transactional(readOnly = true)
	public List<Product> products() {
		return repository.products(ActiveWorkspace.tenantId());
	}

	@RolesAllowed("VIEWER")
	@Transactional(readOnly = true)
	public Product product(UUID productId) {
		return repository.product(ActiveWorkspace.tenantId(), productId)
			.orElseThrow(() -> new NotFoundException("Product"));
	}

	/**
	 * @throws InvalidInputException for a missing field or a name already used in the
	 * workspace
	 */
	@RolesAllowed("EDITOR")
	@Transactional
	public Product createProduct(ProductDraft draft) {
		var valid = draft.validated();
		UUID tenantId = ActiveWorkspace.tenantId();
		refuseTakenName(tenantId, valid.name(), null);
		UUID id = UUID.randomUUID();
		repository.insertProduct(tenantId, id, valid);
		audit.record("product.created", valid.name(), valid.market().name());
		return product(id);
	}

	@RolesAllowed("EDITOR")
	@Transactional
	public Product updateProduct(UUID productId, ProductDraft draft, int version) {
		var valid = draft.validated();
		UUID tenantId = ActiveWorkspace.tenantId();
		product(productId);
		refuseTakenName(tenantId, valid.name(), productId);
		if (repository.updateProduct(tenantId, productId, valid, version) == 0) {
			throw new ConcurrentEditException("Product");
		}
		audit.record("product.updated", valid.name(), valid.market().name());
		return product(productId);
	}

	@RolesAllowed("VIEWER")
	@Transactional(readOnly = true)
	public Optional<Strategy> currentStrategy(UUID productId) {
		return history(productId).stream().findFirst();
	}

	/** Every saved version of the product's strategy, newest first. */
	@RolesAllowed("VIEWER")
	@Transactional(readOnly = true)
	public List<Strategy> history(UUID productId) {
		product(productId);
		return repository.strategies(ActiveWorkspace.tenantId(), productId);
	}

	/**
	 * Saves a new version of the strategy, based on version {@code basedOn} (0 for the
	 * first).
	 * @throws ConcurrentEditException when someone saved a newer version since
	 */
	@RolesAllowed("EDITOR")
	@Transactional
	public Strategy saveStrategy(UUID productId, StrategyDraft draft, int basedOn) {
		var valid = draft.validated();
		UUID tenantId = ActiveWorkspace.tenantId();
		var product = product(productId);
		if (repository.latestStrategyNumber(tenantId, productId) != basedOn) {
			throw new ConcurrentEditException("Strategy");
		}
		try {
			repository.insertStrategy(tenantId, productId, basedOn + 1, valid,
					SignedInPerson.current().orElseThrow().id());
		}
		catch (DuplicateKeyException raced) {
			throw new ConcurrentEditException("Strategy");
		}
		audit.record("strategy.saved", product.name(), "v" + (basedOn + 1));
		return currentStrategy(productId).orElseThrow();
	}

	@RolesAllowed("VIEWER")
	@Transactional(readOnly = true)
	public List<GleePhase> phases(UUID productId) {
		product(productId);
		return repository.phases(ActiveWorkspace.tenantId(), productId);
	}

	/**
	 * Adds a phase (phaseId null) or changes one. Making a phase current makes the
	 * previous current phase done (if earlier) or future (if later): exactly one phase is
	 * current.
	 * @throws InvalidInputException when this would leave no current phase
	 */
	@RolesAllowed("EDITOR")
	@Transactional
	public List<GleePhase> savePhase(UUID productId, @Nullable UUID phaseId, PhaseDraft draft, int version) {
		var valid = draft.validated();
		UUID tenantId = ActiveWorkspace.tenantId();
		var product = product(productId);
		var phases = repository.lockPhases(tenantId, productId);
		var edited = phaseId == null ? null
				: phases.stream()
					.filter(p -> p.id().equals(phaseId))
					.findFirst()
					.orElseThrow(() -> new NotFoundException("Phase"));
		int position = edited == null ? phases.size() : edited.position();
		boolean anotherCurrent = phases.stream()
			.anyMatch(p -> p.status() == PhaseStatus.CURRENT && !p.id().equals(phaseId));
		if (valid.status() != PhaseStatus.CURRENT && !anotherCurrent) {
			throw new InvalidInputException("status", "phase.one-current");
		}
		if (valid.status() == PhaseStatus.CURRENT) {
			phases.stream()
				.filter(p -> p.status() == PhaseStatus.CURRENT && !p.id().equals(phaseId))
				.forEach(p -> repository.setPhaseStatus(tenantId, p.id(),
						p.position() < position ? PhaseStatus.DONE : PhaseStatus.FUTURE));
		}
		if (edited == null) {
			repository.insertPhase(tenantId, productId, UUID.randomUUID(), position, valid);
		}
		else if (repository.updatePhase(tenantId, phaseId, valid, version) == 0) {
			throw new ConcurrentEditException("Phase");
		}
		audit.record("phase.saved", product.name(), valid.kind() + ": " + valid.statement());
		return repository.phases(tenantId, productId);
	}

	/** Moves a phase one place earlier (-1) or later (+1) in the vision. */
	@RolesAllowed("EDITOR")
	@Transactional
	public List<GleePhase> movePhase(UUID productId, UUID phaseId, int step) {
		UUID tenantId = ActiveWorkspace.tenantId();
		product(productId);
		var phases = repository.lockPhases(tenantId, productId);
		int index = -1;
		for (int i = 0; i < phases.size(); i++) {
			if (phases.get(i).id().equals(phaseId)) {
				index = i;
			}
		}
		if (index < 0) {
			throw new NotFoundException("Phase");
		}
		int other = index + Integer.signum(step);
		if (other >= 0 && other < phases.size()) {
			repository.setPhasePosition(tenantId, phases.get(index).id(), other);
			repository.setPhasePosition(tenantId, phases.get(other).id(), index);
			for (int i = 0; i < phases.size(); i++) {
				if (i != index && i != other) {
					repository.setPhasePosition(tenantId, phases.get(i).id(), i);
				}
			}
		}
		return repository.phases(tenantId, productId);
	}

	@RolesAllowed("VIEWER")
	@Transactional(readOnly = true)
	public List<StrategyTheory> theories(UUID productId) {
		product(productId);
		return repository.theories(ActiveWorkspace.tenantId(), productId);
	}

	/** All theories of the workspace, for pickers and filters. */
	@RolesAllowed("VIEWER")
	@Transactional(readOnly = true)
	public List<StrategyTheory> allTheories() {
		return repository.allTheories(ActiveWorkspace.tenantId());
	}

	@RolesAllowed("EDITOR")
	@Transactional
	public StrategyTheory saveTheory(UUID productId, @Nullable UUID theoryId, TheoryDraft draft, int version) {
		var valid = draft.validated();
		UUID tenantId = ActiveWorkspace.tenantId();
		var product = product(productId);
		var theories = repository.theories(tenantId, productId);
		UUID id = theoryId == null ? UUID.randomUUID() : theoryId;
		if (theoryId == null) {
			repository.insertTheory(tenantId, productId, id, theories.size(), valid);
		}
		else {
			if (theories.stream().noneMatch(t -> t.id().equals(theoryId))) {
				throw new NotFoundException("Theory");
			}
			if (repository.updateTheory(tenantId, theoryId, valid, version) == 0) {
				throw new ConcurrentEditException("Theory");
			}
		}
		audit.record("theory.saved", product.name(), valid.title());
		return repository.theories(tenantId, productId)
			.stream()
			.filter(t -> t.id().equals(id))
			.findFirst()
			.orElseThrow();
	}

	private void refuseTakenName(UUID tenantId, String name, @Nullable UUID except) {
		if (repository.productNameTaken(tenantId, name, except)) {
			throw new InvalidInputException("name", "product.name-taken");
		}
	}

}
