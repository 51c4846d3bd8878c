/**
 * Reading Second Source's closed shadow roots from a test. Page scripts (and so
 * Playwright's locators) cannot enter a closed shadow root, but the DevTools protocol can
 * (`DOM.getDocument` with `pierce: true`).
 */
import type { CDPSession } from 'playwright-core';

export interface DomNode {
  nodeId: number;
  backendNodeId: number;
  nodeName: string;
  nodeType: number;
  nodeValue?: string;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: DomNode[];
}

/** The whole document, shadow roots (closed ones too) included. */
export async function getDocument(cdp: CDPSession): Promise<DomNode> {
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as {
    root: DomNode;
  };
  return root;
}

export function attr(node: DomNode, name: string): string | null {
  const list = node.attributes ?? [];
  for (let i = 0; i < list.length; i += 2) if (list[i] === name) return list[i + 1] ?? null;
  return null;
}

/** Every node under `root` (shadow trees included) for which `pred` holds. */
export function findAll(root: DomNode, pred: (n: DomNode) => boolean): DomNode[] {
  const out: DomNode[] = [];
  const visit = (n: DomNode) => {
    if (pred(n)) out.push(n);
    for (const c of n.shadowRoots ?? []) visit(c);
    for (const c of n.children ?? []) visit(c);
  };
  visit(root);
  return out;
}

/** The text inside a node (its text descendants, shadow trees included). */
export function textOf(node: DomNode): string {
  if (node.nodeType === 3) return node.nodeValue ?? '';
  if (node.nodeName === 'STYLE' || node.nodeName === 'SCRIPT') return '';
  const parts = [...(node.shadowRoots ?? []), ...(node.children ?? [])].map(textOf);
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

export function hasClass(node: DomNode, cls: string): boolean {
  return (attr(node, 'class') ?? '').split(/\s+/).includes(cls);
}

/** Centre of a node's border box, in viewport CSS pixels. */
export async function centreOf(cdp: CDPSession, node: DomNode): Promise<{ x: number; y: number }> {
  const { model } = (await cdp.send('DOM.getBoxModel', { backendNodeId: node.backendNodeId })) as {
    model: { border: number[] };
  };
  const q = model.border;
  const xs = [q[0]!, q[2]!, q[4]!, q[6]!];
  const ys = [q[1]!, q[3]!, q[5]!, q[7]!];
  return {
    x: (Math.min(...xs) + Math.max(...xs)) / 2,
    y: (Math.min(...ys) + Math.max(...ys)) / 2,
  };
}
