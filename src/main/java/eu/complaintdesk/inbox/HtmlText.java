package eu.complaintdesk.inbox;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The text of an HTML-only mail, read with jsoup: line breaks where the HTML breaks lines, quoted
 * history ({@code blockquote}, Gmail's and Outlook's quote containers) left out, no markup, no
 * script. Hand-written only in which elements break a line: jsoup's {@code text()} joins all lines.
 */
final class HtmlText {

  /** Elements that start a line of their own. */
  private static final String BLOCKS = "p, div, li, tr, h1, h2, h3, h4, h5, h6, table, pre, hr";
  /** Where mail programs put the mail being answered. */
  private static final String QUOTES = "blockquote, div.gmail_quote, div#appendonsend, div#divRplyFwdMsg, "
      + "div.moz-cite-prefix, div.yahoo_quoted, script, style, head";

  private HtmlText() {
  }

  static String of(String html) {
    Document document = Jsoup.parse(html);
    document.select(QUOTES).remove();
    // Outlook: everything after the line with the original's header block is history.
    for (Element separator : document.select("div[style*=border-top]:has(b), hr#stopSpelling")) {
      removeFrom(separator);
    }
    StringBuilder text = new StringBuilder();
    append(document.body() == null ? document : document.body(), text);
    return text.toString().replaceAll("[ \\t\\x0B\\f\\r]+\\n", "\n").replaceAll("\\n{3,}", "\n\n").strip();
  }

  private static void removeFrom(Element element) {
    Node next = element;
    while (next != null) {
      Node following = next.nextSibling();
      next.remove();
      next = following;
    }
  }

  private static void append(Node node, StringBuilder text) {
    for (Node child : node.childNodes()) {
      if (child instanceof TextNode textNode) {
        text.append(textNode.getWholeText().replaceAll("\\s+", " "));
      } else if (child instanceof Element element) {
        if ("br".equals(element.normalName())) {
          text.append('\n');
          continue;
        }
        boolean block = element.is(BLOCKS);
        if (block) {
          text.append('\n');
        }
        append(element, text);
        if (block) {
          text.append('\n');
        }
      }
    }
  }
}
