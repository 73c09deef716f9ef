// Providers and routes. Every page but the first is its own chunk, loaded when she opens it.
import { ApolloProvider } from '@apollo/client/react';
import { lazy } from 'react';
import { createBrowserRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { createApolloClient } from './apollo';
import { Layout } from './Layout';
import { StartPage } from './StartPage';

const SignUpPage = lazy(() => import('../features/accounts/SignUpPage'));
const LogInPage = lazy(() => import('../features/accounts/LogInPage'));
const SetUpAccountPage = lazy(() => import('../features/accounts/SetUpAccountPage'));
const AssistedPage = lazy(() => import('../features/assisted/AssistedPage'));
const OnboardingPage = lazy(() => import('../features/onboarding/OnboardingPage'));
const SupporterProfilePage = lazy(() => import('../features/supporter/SupporterProfilePage'));
const SupportPage = lazy(() => import('../features/support/SupportPage'));
const InvitationsPage = lazy(() => import('../features/invitations/InvitationsPage'));
const HomePage = lazy(() => import('../features/home/HomePage'));
const CoordinatorPage = lazy(() => import('../features/coordinator/CoordinatorPage'));
const MatchInterpreterPage = lazy(() => import('../features/interpreters/MatchInterpreterPage'));
const ChatListPage = lazy(() => import('../features/chat/ChatListPage'));
const CirclesPage = lazy(() => import('../features/circles/CirclesPage'));
const ConversationPage = lazy(() => import('../features/chat/ConversationPage'));
const DashboardPage = lazy(() => import('../features/dashboard/DashboardPage'));
const ReportsPage = lazy(() => import('../features/reports/ReportsPage'));
const SupporterActivityPage = lazy(() => import('../features/supporters/SupporterActivityPage'));
const MenteesPage = lazy(() => import('../features/mentees/MenteesPage'));
const PrivacyPage = lazy(() => import('../features/privacy/PrivacyPage'));
const GoalsPage = lazy(() => import('../features/goals/GoalsPage'));
const FeedbackPage = lazy(() => import('../features/feedback/FeedbackPage'));
const ServicesPage = lazy(() => import('../features/services/ServicesPage'));
const OrganizationsPage = lazy(() => import('../features/organizations/OrganizationsPage'));
const OrganizationPage = lazy(() => import('../features/organizations/OrganizationPage'));
const JoinRequestsPage = lazy(() => import('../features/organizations/JoinRequestsPage'));
const EmergencyPage = lazy(() => import('../features/services/EmergencyPage'));
const WorkshopsPage = lazy(() => import('../features/workshops/WorkshopsPage'));
const WorkshopPage = lazy(() => import('../features/workshops/WorkshopPage'));
const NotificationsPage = lazy(() => import('../features/notifications/NotificationsPage'));
const NotFoundPage = lazy(() => import('./NotFoundPage'));

const client = createApolloClient();

const router = createBrowserRouter([
  {
    element: <Layout />,
    children: [
      { index: true, element: <StartPage /> },
      { path: 'signup', element: <SignUpPage /> },
      { path: 'login', element: <LogInPage /> },
      { path: 'first-login', element: <SetUpAccountPage /> },
      { path: 'assisted', element: <AssistedPage /> },
      { path: 'onboarding', element: <OnboardingPage /> },
      { path: 'supporter', element: <SupporterProfilePage /> },
      { path: 'support', element: <SupportPage /> },
      { path: 'invitations', element: <InvitationsPage /> },
      { path: 'home', element: <HomePage /> },
      { path: 'coordinator', element: <CoordinatorPage /> },
      { path: 'coordinator/matches/:matchId/interpreter', element: <MatchInterpreterPage /> },
      { path: 'chat', element: <ChatListPage /> },
      { path: 'circles', element: <CirclesPage /> },
      { path: 'chat/:conversationId', element: <ConversationPage /> },
      { path: 'dashboard', element: <DashboardPage /> },
      { path: 'reports', element: <ReportsPage /> },
      { path: 'supporters', element: <SupporterActivityPage /> },
      { path: 'mentees', element: <MenteesPage /> },
      { path: 'privacy', element: <PrivacyPage /> },
      { path: 'goals/:matchId', element: <GoalsPage /> },
      { path: 'feedback/:matchId', element: <FeedbackPage /> },
      { path: 'services', element: <ServicesPage /> },
      { path: 'organizations', element: <OrganizationsPage /> },
      { path: 'organizations/requests', element: <JoinRequestsPage /> },
      { path: 'organizations/:organizationId', element: <OrganizationPage /> },
      { path: 'organizations/:organizationId/requests', element: <JoinRequestsPage /> },
      { path: 'emergency', element: <EmergencyPage /> },
      { path: 'workshops', element: <WorkshopsPage /> },
      { path: 'workshops/:workshopId', element: <WorkshopPage /> },
      { path: 'notifications', element: <NotificationsPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);

export function App() {
  return (
    <ApolloProvider client={client}>
      <RouterProvider router={router} />
    </ApolloProvider>
  );
}
