package com.throughline.roadmap.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import com.throughline.platform.ConcurrentEditException;
import com.throughline.platform.InvalidInputException;
import com.throughline.platform.NotFoundException;
import com.throughline.platform.audit.AuditLog;
import com.throughline.platform.security.ActiveWorkspace;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import static java.util.stream.Collectors.groupingBy;

/**
 * A product's roadmap: items in a rolling four-quarter window plus Later, ordered within
 * each column, each linked to the strategy theory and hypotheses it serves. Everyone
 * reads; editors plan.
 */
@Service
public class RoadmapService {

	private final RoadmapRepository roadmap;

	private final AuditLog audit;

	private final Clock clock;

	RoadmapService(RoadmapRepository roadmap, AuditLog audit, Clock clock) {
		this.roadmap = roadmap;
		this.audit = audit;
		this.clock = clock;
	}

	/** The quarters the timeline shows now: this one and the next three. */
	public List<Quarter> window() {
		return Quarter.window(LocalDate.now(clock));
	}

	public LocalDate today() {
		return LocalDate.now(clock);
	}

	@RolesAllowed("VIEWER")
	@Transactional(readOnly = true)
	public List<RoadmapItem> items(UUID productId) {
		requireProduct(productId);
		return roadmap.ofProduct(ActiveWorkspace.tenantId(), productId);
	}

	/**
	 * The timeline: the columns before the window (only if any item slipped there), its
	 * quarters and Later (with the items planned past the window), each showing its first
	 * {@code cards} items or, for the columns in {@code whole}, all of them.
	 */
	@RolesAllowed("VIEWER")
	@Transactional(readOnly = true)
	public List<BoardColumn> board(UUID productId, int cards, Set<BoardColumn.Key> whole) {
		requireProduct(productId);
		var window = window();
		var byColumn = roadmap.board(ActiveWorkspace.tenantId(), productId, window, cards, whole)
			.stream()
			.collect(groupingBy(card -> BoardColumn.Key.of(card.item().quarter(), window)));
		List<BoardColumn.Key> keys = new ArrayList<>();
		if (byColumn.containsKey(BoardColumn.Key.EARLIER)) {
			keys.add(BoardColumn.Key.EARLIER);
		}
		window.forEach(quarter -> keys.add(BoardColumn.Key.of(quarter)));
		keys.add(BoardColumn.Key.LATER);
		return keys.stream().map(key -> column(key, byColumn.getOrDefault(key, List.of()))).toList();
	}

	private static BoardColumn column(BoardColumn.Key key, List<RoadmapRepository.Card> cards) {
		int size = cards.isEmpty() ? 0 : cards.getFirst().columnSize();
		return new BoardColumn(key, size, cards.stream().map(RoadmapRepository.Card::item).toList());
	}

	/** How many items a product's roadmap holds, for the grid. */
	@RolesAllowed("VIEWER")
	@Transactional(readOnly = true)
	public int count(UUID productId) {
		requireProduct(productId);
		return roadmap.count(ActiveWorkspace.tenantId(), productId);
	}

	/** A page of a product's items in timeline order, for the grid. */
	@RolesAllowed("VIEWER")
	@Transactional(readOnly = true)
	public List<RoadmapItem> page(UUID productId, int offset, int limit) {
		requireProduct(productId);
		return roadmap.ofProduct(ActiveWorkspace.tenantId(), productId, offset, limit);
	}

	@RolesAllowed("VIEWER")
	@Transactional(readOnly = true)
	public RoadmapItem get(UUID id) {
		return roadmap.find(ActiveWorkspace.tenantId(), id).orElseThrow(() -> new NotFoundException("Roadmap item"));
	}

	/**
	 * @throws InvalidInputException naming the first field that is wrong
	 */
	@RolesAllowed("EDITOR")
	@Transactional
	public RoadmapItem create(RoadmapItemDraft draft) {
		var valid = checked(draft);
		UUID tenantId = ActiveWorkspace.tenantId();
		UUID id = UUID.randomUUID();
		roadmap.insert(tenantId, id, valid, roadmap.nextPosition(tenantId, valid.productId(), valid.quarter()));
		audit.record("roadmap.created", valid.title(), String.valueOf(valid.quarter()));
		return get(id);
	}

	@RolesAllowed("EDITOR")
	@Transactional
	public RoadmapItem update(UUID id, RoadmapItemDraft draft, int version) {
		var current = get(id);
		var valid = checked(draft);
		if (!valid.productId().equals(current.productId())) {
			throw new InvalidInputException("product", "roadmap.product-fixed");
		}
		if (roadmap.update(ActiveWorkspace.tenantId(), id, valid, version) == 0) {
			throw new ConcurrentEditException("Roadmap item");
		}
		audit.record("roadmap.updated", valid.title(), null);
		return get(id);
	}

	/**
	 * Moves an item into a column (a quarter, or null for Later) before {@code beforeId}
	 * (null: at the end), and renumbers that column.
	 */
	@RolesAllowed("EDITOR")
	@Transactional
	public List<RoadmapItem> move(UUID id, @Nullable Quarter quarter, @Nullable UUID beforeId) {
		var item = get(id);
		UUID tenantId = ActiveWorkspace.tenantId();
		var items = roadmap.ofProduct(tenantId, item.productId());
		List<UUID> column = new ArrayList<>(items.stream()
			.filter(i -> Objects.equals(i.quarter(), quarter) && !i.id().equals(id))
			.map(RoadmapItem::id)
			.toList());
		int at = beforeId == null ? column.size() : Math.max(0, column.indexOf(beforeId));
		column.add(at, id);
		roadmap.place(tenantId, item.productId(), id, quarter, column);
		audit.record("roadmap.moved", item.title(), String.valueOf(quarter));
		return roadmap.ofProduct(tenantId, item.productId());
	}

	private RoadmapItemDraft checked(RoadmapItemDraft draft) {
		var valid = draft.validated();
		UUID tenantId = ActiveWorkspace.tenantId();
		if (!roadmap.productExists(tenantId, valid.productId())) {
			throw new InvalidInputException("product", "validation.required");
		}
		if (valid.theoryId() != null && !roadmap.theoryOf(tenantId, valid.theoryId(), valid.productId())) {
			throw new InvalidInputException("theory", "hypothesis.theory-of-other-product");
		}
		if (!valid.hypothesisIds().isEmpty() && roadmap.hypothesesOf(tenantId, valid.hypothesisIds(),
				valid.productId()) != valid.hypothesisIds().size()) {
			throw new InvalidInputException("hypotheses", "roadmap.hypothesis-of-other-product");
		}
		return valid;
	}

	private void requireProduct(UUID productId) {
		if (!roadmap.productExists(ActiveWorkspace.tenantId(), productId)) {
			throw new NotFoundException("Product");
		}
	}

}
