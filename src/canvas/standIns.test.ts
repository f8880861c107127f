// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { domAttributes } from './layout/stagePlan';
import { nodeAttributes, runAttributes, StandIns, type StandInNode } from './standIns';
import { shownRunAs } from './nodes/runAttributes';

const stage = (id: string, invalid = false): StandInNode => ({ id, type: 'stage', domAttributes: domAttributes('stage', invalid) });
const step = (id: string, invalid = false): StandInNode => ({ id, type: 'step', domAttributes: domAttributes('background', invalid) });

/** React Flow's node layer with the wrappers of `ids` mounted, as React Flow renders them. */
function layerWith(...ids: string[]): HTMLElement {
  const layer = document.createElement('div');
  layer.className = 'react-flow__nodes';
  for (const id of ids) layer.appendChild(wrapper(id));
  document.body.appendChild(layer);
  return layer;
}
function wrapper(id: string): HTMLElement {
  const el = document.createElement('div');
  el.className = 'react-flow__node react-flow__node-step';
  el.setAttribute('data-id', id);
  return el;
}
const ids = (container: Element) => [...container.querySelectorAll('.react-flow__node')].map((e) => e.getAttribute('data-id'));
const flushObserver = () => new Promise((r) => setTimeout(r, 0));

afterEach(() => document.body.replaceChildren());

describe('the attributes of a stand-in', () => {
  it('are its node’s own data-kind and data-invalid, absent ones removed', () => {
    expect(nodeAttributes(step('A', true))).toEqual({ 'data-kind': 'background', 'data-invalid': 'true' });
    expect(nodeAttributes(stage('S'))).toEqual({ 'data-kind': 'stage', 'data-invalid': null });
  });

  it('in a run: status for stages and steps, nothing for a decision or without a run', () => {
    const run = (name: string, kind: string) => ({ 'data-status': `${kind}:${name}`, 'data-run-as': null });
    expect(runAttributes(stage('S'), run)).toEqual({ 'data-status': 'stage:S', 'data-run-as': null });
    expect(runAttributes({ id: 'D', type: 'decision' }, run)).toEqual({ 'data-status': null, 'data-run-as': null });
    expect(runAttributes(step('A'), null)).toEqual({ 'data-status': null, 'data-run-as': null });
  });

  it('shows who a step runs as only once it has started', () => {
    expect(shownRunAs('NotStarted', 'ann@x.com')).toBeNull();
    expect(shownRunAs(null, 'ann@x.com')).toBeNull();
    expect(shownRunAs('InProgress', 'ann@x.com')).toBe('ann@x.com');
  });
});

describe('StandIns', () => {
  it('gives every contract node not mounted one hidden stand-in, and a mounted one none', () => {
    const layer = layerWith('A');
    const container = document.createElement('div');
    const s = new StandIns(container, layer, null);
    s.setNodes([stage('S'), step('A'), step('B', true), { id: 'x', type: 'group' }]);
    expect(ids(container)).toEqual(['S', 'B']);
    const b = container.querySelector<HTMLElement>('[data-id="B"]')!;
    expect(b.hidden).toBe(true);
    expect(b.getAttribute('data-kind')).toBe('background');
    expect(b.getAttribute('data-invalid')).toBe('true');
  });

  it('follows React Flow mounting and unmounting nodes', async () => {
    const layer = layerWith('A');
    const container = document.createElement('div');
    const s = new StandIns(container, layer, null);
    s.setNodes([stage('S'), step('A'), step('B')]);
    layer.appendChild(wrapper('B'));
    layer.querySelector('[data-id="A"]')!.remove();
    await flushObserver();
    expect(ids(container).sort()).toEqual(['A', 'S']);
    expect(s.size).toBe(2);
  });

  it('a remount that adds the new wrapper before removing the old keeps no stand-in', async () => {
    const layer = layerWith('A');
    const container = document.createElement('div');
    const s = new StandIns(container, layer, null);
    s.setNodes([step('A')]);
    const old = layer.firstElementChild!;
    layer.appendChild(wrapper('A'));
    old.remove();
    await flushObserver();
    expect(ids(container)).toEqual([]);
  });

  it('sees mounts made before a new design arrives in the same task', () => {
    const layer = layerWith();
    const container = document.createElement('div');
    const s = new StandIns(container, layer, null);
    s.setNodes([step('A')]);
    layer.appendChild(wrapper('A'));
    s.setNodes([step('A'), step('B')]);
    expect(ids(container)).toEqual(['B']);
  });

  it('drops the stand-ins of removed elements and rewrites a changed one', () => {
    const container = document.createElement('div');
    const s = new StandIns(container, layerWith(), null);
    s.setNodes([step('A', true), step('B')]);
    s.setNodes([step('A', false)]);
    expect(ids(container)).toEqual(['A']);
    expect(container.querySelector('[data-id="A"]')!.hasAttribute('data-invalid')).toBe(false);
  });

  it('refreshes run attributes, setting and removing them', () => {
    let status: string | null = 'InProgress';
    const container = document.createElement('div');
    const s = new StandIns(container, layerWith(), (name) => ({ 'data-status': status, 'data-run-as': status ? `${name}@x.com` : null }));
    s.setNodes([step('A'), { id: 'D', type: 'decision', domAttributes: domAttributes('decision', false) }]);
    const a = container.querySelector('[data-id="A"]')!;
    expect(a.getAttribute('data-status')).toBe('InProgress');
    expect(a.getAttribute('data-run-as')).toBe('A@x.com');
    expect(container.querySelector('[data-id="D"]')!.hasAttribute('data-status')).toBe(false);
    status = null;
    s.refreshRun();
    expect(a.hasAttribute('data-status')).toBe(false);
    expect(a.hasAttribute('data-run-as')).toBe(false);
  });

  it('refreshes only the stand-ins of the elements named, when a beat names them', () => {
    const statuses: Record<string, string> = { A: 'InProgress', B: 'InProgress' };
    const container = document.createElement('div');
    const s = new StandIns(container, layerWith(), (name) => ({ 'data-status': statuses[name] ?? null, 'data-run-as': null }));
    s.setNodes([step('A'), step('B')]);
    statuses.A = 'Completed';
    statuses.B = 'Completed';
    s.refreshRun(['A', 'Gone']);
    expect(container.querySelector('[data-id="A"]')!.getAttribute('data-status')).toBe('Completed');
    expect(container.querySelector('[data-id="B"]')!.getAttribute('data-status')).toBe('InProgress');
    s.refreshRun('all');
    expect(container.querySelector('[data-id="B"]')!.getAttribute('data-status')).toBe('Completed');
  });

  it('attached to React Flow’s node layer once it is drawn: the nodes already in it lose their stand-ins, later mounts are followed', async () => {
    const container = document.createElement('div');
    const s = new StandIns(container, null, null);
    s.setNodes([step('A'), step('B'), step('C')]);
    expect(ids(container)).toEqual(['A', 'B', 'C']);
    const layer = layerWith('A');
    s.attach(layer);
    expect(ids(container)).toEqual(['B', 'C']);
    layer.appendChild(wrapper('B'));
    await flushObserver();
    expect(ids(container)).toEqual(['C']);
  });

  it('removes every stand-in when disposed', () => {
    const container = document.createElement('div');
    const s = new StandIns(container, layerWith(), null);
    s.setNodes([step('A')]);
    s.dispose();
    expect(container.children.length).toBe(0);
  });
});
