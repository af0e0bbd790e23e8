package com.throughline.account.ui;

import com.throughline.account.domain.AccountAdminService;
import com.throughline.account.domain.AccountSummary;
import com.throughline.platform.InvalidInputException;
import com.throughline.platform.ui.Feedback;
import com.throughline.platform.ui.GridRows;
import com.throughline.platform.ui.MainLayout;
import com.throughline.platform.ui.SearchField;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** The platform admin's accounts: search, disable or re-enable, lift a sign-in lock. */
@Route(value = "platform/accounts", layout = MainLayout.class)
@Menu(title = "nav.platform-accounts", order = 91, icon = "vaadin:user-card")
@RolesAllowed("PLATFORM_ADMIN")
public class PlatformAccountsView extends VerticalLayout implements HasDynamicTitle {

	private final AccountAdminService accounts;

	private final Grid<AccountSummary> grid = new Grid<>();

	private final SearchField search = new SearchField("account-search", () -> grid.getDataProvider().refreshAll());

	public PlatformAccountsView(AccountAdminService accounts) {
		this.accounts = accounts;
		addClassName("page");
		setSizeFull();
		grid.setId("accounts");
		grid.addColumn(AccountSummary::email).setHeader(getTranslation("member.email"));
		grid.addColumn(AccountSummary::displayName).setHeader(getTranslation("member.name"));
		grid.addColumn(AccountSummary::membershipCount).setHeader(getTranslation("account.companies"));
		grid.addColumn(a -> getTranslation(a.disabled() ? "account.disabled" : "account.enabled"))
			.setHeader(getTranslation("tenant.status"));
		grid.addComponentColumn(this::actions).setAutoWidth(true).setFlexGrow(0);
		grid.setItems(query -> accounts.accounts(search.getValue(), query.getOffset(), query.getLimit()).stream(),
				query -> (int) accounts.countAccounts(search.getValue()));
		GridRows.oneQueryPerViewport(grid);
		add(new H2(getTranslation("nav.platform-accounts")), search, grid);
	}

	private HorizontalLayout actions(AccountSummary account) {
		var unlock = new Button(getTranslation("account.unlock"), click -> {
			accounts.unlock(account.email());
			Feedback.success(this, "account.unlocked", account.email());
		});
		unlock.addThemeVariants(ButtonVariant.TERTIARY);
		var toggle = new Button(getTranslation(account.disabled() ? "account.enable" : "account.disable"), click -> {
			if (account.disabled()) {
				accounts.enable(account);
				done("account.enabled-now", account);
			}
			else {
				Feedback.confirm(this, "account.disable.title", "account.disable.message", "account.disable",
						() -> disable(account), account.email());
			}
		});
		toggle.addThemeVariants(ButtonVariant.TERTIARY);
		return new HorizontalLayout(unlock, toggle);
	}

	private void disable(AccountSummary account) {
		try {
			accounts.disable(account);
			done("account.disabled-now", account);
		}
		catch (InvalidInputException ex) {
			Feedback.problem(this, ex.messageKey());
		}
	}

	private void done(String key, AccountSummary account) {
		Feedback.success(this, key, account.email());
		grid.getDataProvider().refreshAll();
	}

	@Override
	public String getPageTitle() {
		return getTranslation("nav.platform-accounts");
	}

}
