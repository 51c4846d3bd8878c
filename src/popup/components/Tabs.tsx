import type { ComponentChildren } from 'preact';
import { useRef } from 'preact/hooks';
import { t } from '../../shared/i18n';

export interface TabDef<T extends string> {
  id: T;
  label: string;
}

/**
 * ARIA tabs (WAI-ARIA Authoring Practices, "tabs with automatic activation"): the tab
 * list is one Tab stop; Left/Right move between tabs and select them, Home/End go to
 * the first and last.
 */
export function Tabs<T extends string>({
  tabs,
  selected,
  onSelect,
  children,
}: {
  tabs: TabDef<T>[];
  selected: T;
  onSelect: (id: T) => void;
  children: ComponentChildren;
}) {
  const list = useRef<HTMLDivElement>(null);
  const onKeyDown = (e: KeyboardEvent) => {
    const index = tabs.findIndex((item) => item.id === selected);
    let next = index;
    if (e.key === 'ArrowRight') next = (index + 1) % tabs.length;
    else if (e.key === 'ArrowLeft') next = (index - 1 + tabs.length) % tabs.length;
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = tabs.length - 1;
    else return;
    e.preventDefault();
    const tab = tabs[next];
    if (!tab) return;
    onSelect(tab.id);
    list.current?.querySelector<HTMLElement>(`#tab-${tab.id}`)?.focus();
  };
  return (
    <>
      <div
        class="tablist"
        role="tablist"
        aria-label={t('popup_report')}
        ref={list}
        onKeyDown={onKeyDown}
      >
        {tabs.map((item) => (
          <button
            key={item.id}
            type="button"
            role="tab"
            id={`tab-${item.id}`}
            class="tab"
            aria-selected={item.id === selected}
            aria-controls={`panel-${item.id}`}
            tabIndex={item.id === selected ? 0 : -1}
            onClick={() => onSelect(item.id)}
          >
            {item.label}
          </button>
        ))}
      </div>
      <div
        class="tabpanel"
        role="tabpanel"
        id={`panel-${selected}`}
        aria-labelledby={`tab-${selected}`}
        tabIndex={0}
      >
        {children}
      </div>
    </>
  );
}
