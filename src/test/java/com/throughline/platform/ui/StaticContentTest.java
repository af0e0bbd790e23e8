package com.throughline.platform.ui;

import com.vaadin.flow.component.html.Div;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Static HTML carries what people typed: it must stay text, wherever it is written. */
class StaticContentTest {

	static final String TYPED = "<img src=x onerror=alert(1)> & \"double\" 'single' </div><script>x()</script>";

	@Test
	void typed_text_and_attribute_values_never_become_markup() {
		var block = StaticContent.block("card")
			.attr("data-item", TYPED)
			.add("span", TYPED, "title")
			.externalLink(TYPED, "https://example.com/?a=1&b=\"2\"")
			.button(TYPED, TYPED, false, "react");

		var component = block.toComponent();
		var shown = Jsoup.parseBodyFragment(component.getElement().getProperty("innerHTML")).body();

		assertThat(shown.select("img, script, div")).isEmpty();
		assertThat(shown.select("span.title").text()).isEqualTo(TYPED);
		var link = shown.selectFirst("a");
		assertThat(link.text()).isEqualTo(TYPED);
		assertThat(link.attr("href")).isEqualTo("https://example.com/?a=1&b=\"2\"");
		assertThat(link.attr("rel")).isEqualTo("noreferrer");
		var button = shown.selectFirst("button.react");
		assertThat(button.attr("data-item")).isEqualTo(TYPED);
		assertThat(button.text()).isEqualTo(TYPED);
		assertThat(button.hasAttr("disabled")).isTrue();
		assertThat(component.getElement().getAttribute("data-item")).isEqualTo(TYPED);
		assertThat(component.getClassNames()).containsExactly("card");
	}

	@Test
	void a_web_components_items_fill_it_as_its_children() {
		var nav = new Div();

		StaticContent.block()
			.add(StaticContent.element("vaadin-side-nav-item")
				.attr("path", "roadmap")
				.add(StaticContent.element("vaadin-icon").attr("icon", "vaadin:road").attr("slot", "prefix"))
				.text("Roadmap & <plans>"))
			.fill(nav);

		assertThat(nav.getElement().getProperty("innerHTML")).isEqualTo(
				"<vaadin-side-nav-item path=\"roadmap\"><vaadin-icon icon=\"vaadin:road\" slot=\"prefix\"></vaadin-icon>"
						+ "Roadmap &amp; &lt;plans&gt;</vaadin-side-nav-item>");
	}

}
